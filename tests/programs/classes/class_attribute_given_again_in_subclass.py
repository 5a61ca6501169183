# A class attribute that a subclass gives again, read through an object whose static class is the
# base (self in a base method, an item of a list of base objects): the object's class decides, as in
# CPython.  pyzc read the base's value (found by an audit; the fuzzer's clsattr shape since).
class Shape:
    sides = 0
    name = "shape"

    def describe(self):
        return self.name + "/" + str(self.sides)

    def __mul__(self, k):
        return k * self.sides

    __rmul__ = __mul__


class Square(Shape):
    sides = 4
    name = "square"


class Cube(Square):
    name = "cube"


class Blob(Shape):
    pass


shapes = [Shape(), Square(), Cube(), Blob()]
for s in shapes:
    print(s.describe(), s.sides, s.name, 3 * s, s * 2)
Shape.sides = 9  # the classes that do not give it again follow
Square.name = "sq"
for s in shapes:
    print(s.describe(), s.sides, s.name)
print(Cube.sides, Blob.name, Square().name)
