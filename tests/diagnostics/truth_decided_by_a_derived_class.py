# expect: 17:1: error: the truth of an object of Full comes from Full.__bool__, and that of Box, as pyzc types this value, from Box.__len__: pyzc does not choose by the object's class here yet
class Box:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Full(Box):
    def __bool__(self):
        return self.n > 5


boxes = [Box(0), Full(2)]
for b in boxes:
    if b:
        print("true", b.n)
    else:
        print("false", b.n)
