# A base class calls a method that only its subclasses define (an "abstract" method): the call
# dispatches on the object's class, and an object whose class lacks the method raises
# AttributeError when the call runs, as in CPython.
class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name + " with area " + str(self.area()) + " and " + str(self.corners()) + " corners"


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side

    def corners(self):
        return 4


class Triangle(Shape):
    def __init__(self, base, height):
        super().__init__("triangle")
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height // 2

    def corners(self):
        return 3


class Blob(Shape):
    pass


for s in [Square(3), Triangle(4, 5), Blob("blob"), Shape("plain"), Square(1)]:
    try:
        print(s.describe())
    except AttributeError as e:
        print("AttributeError:", e)
print(Blob("last").describe())
