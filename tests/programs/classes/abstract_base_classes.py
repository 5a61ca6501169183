# abc.ABC and @abstractmethod: a class whose abstract methods are not all overridden cannot be made.
import abc
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, label):
        self.label = label

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.label}: {self.name()} {self.area() + 1}"


class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self.s = s

    def area(self):
        return self.s * self.s


class Unit(Square):
    def name(self):
        return "unit"


class Named(Shape):  # no __init__ of its own: Shape's takes the label
    def name(self):
        return "named"


class Circle(Named):
    def area(self):
        return 3


class Base(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        """Run it."""

    @property
    @abstractmethod
    def size(self):
        pass


class Impl(Base):
    def run(self):
        return "ran"

    @property
    def size(self):
        return 7


class Plain:
    @abstractmethod  # without ABCMeta, nothing is enforced
    def f(self):
        return 1


shapes = [Unit(3), Circle("c")]
print([s.describe() for s in shapes], sum(s.area() for s in shapes))
print(isinstance(shapes[1], Shape), isinstance(shapes[0], Named))
impl = Impl()
print(impl.run(), impl.size, Plain().f())
for k in range(4):
    try:
        if k == 0:
            Shape("x")
        elif k == 1:
            Square(2)
        elif k == 2:
            Named("n")
        else:
            Base()
    except TypeError as e:
        print("TypeError:", e)
Square(len("ab"))  # the arguments are evaluated, then CPython's TypeError
