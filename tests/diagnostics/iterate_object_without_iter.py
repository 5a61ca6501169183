# expect: 7:10: error: 'Box' object is not iterable
class Box:
    def __init__(self):
        self.x = 1


for v in Box():
    print(v)
