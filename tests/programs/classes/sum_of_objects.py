# sum(objects, start): the start, then acc = acc + item by the class's __add__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        print("add", other.x)
        return Vec(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

vs = [Vec(1, 2), Vec(3, 4), Vec(5, 6)]
print(sum(vs, Vec(0, 0)))
print(sum([], Vec(9, 9)))
zero = Vec(0, 0)
print(sum((v for v in vs if v.x > 1), zero))
print(sum(vs, start=Vec(1, 1)))
