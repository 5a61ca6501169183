# expect: 6:18: error: ** unpacking of an object in a dict display is not supported yet
class Config:
    def __init__(self):
        self.n = 1
c = Config()
print({"a": 1, **c})
