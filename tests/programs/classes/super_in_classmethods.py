# super() in a classmethod passes on the class the call is for (C.make() reaches A.make with cls C).
class A:
    @classmethod
    def make(cls):
        return cls.__name__


class B(A):
    @classmethod
    def make(cls):
        return "B>" + super().make()


class C(B):
    pass


print(B.make(), C.make(), A.make())


class Shape:
    registry = []

    @classmethod
    def create(cls, size):
        obj = cls()
        obj.size = size
        Shape.registry.append(cls.__name__)
        return obj

    def area(self):
        return self.size * self.size


class Square(Shape):
    @classmethod
    def create(cls, size):
        return super().create(size + 1)


class Tile(Square):
    pass


for made in (Square.create(2), Tile.create(3), Shape.create(4)):
    print(type(made).__name__, made.size, made.area())
print(Shape.registry)
