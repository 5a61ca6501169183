# expect: 11:10: error: iter() returned non-iterator of type 'Box'
class Box:
    def __init__(self):
        self.x = 1

    def __iter__(self):
        return self


b = Box()
for v in b:
    print(v)
