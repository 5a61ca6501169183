# A field that may be None (None or a list, set by __init__) stored into by index without a test:
# CPython's TypeError when it is None (it was refused: the store was not a use pyzc could name).
class Done:
    def __init__(self, count, empty=False):
        self.count = count
        self.cells = None if empty else [[0, 1, 2] for i in range(count)]

    def set_done(self, i, v):
        self.cells[i] = [v]

    def get(self, i):
        return self.cells[i]


d = Done(3)
d.set_done(1, 7)
print(d.get(1), d.get(0))
e = Done(2, True)
try:
    e.set_done(0, 1)
except TypeError as ex:
    print("TypeError:", ex)
