# Overrides of one method that return an int in one class and a float in another: a call through
# the base class gives a number of several types, printed, compared and added as CPython does.


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("area of " + self.name)

    def describe(self):
        return f"{self.name}: {self.area()} ({self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Flag(Shape):
    def area(self):
        return self.name == "empty"


shapes = [Square(3), Circle(1), Square(1), Circle(0.5), Flag("empty")]
for s in sorted(shapes):
    a = s.area()
    print(s.describe(), type(a).__name__, a * 2, a == 9)
total = 0
for s in shapes:
    total += s.area()
print(total, sum(s.area() for s in shapes), max(s.area() for s in shapes))
print([s.area() for s in shapes])
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
