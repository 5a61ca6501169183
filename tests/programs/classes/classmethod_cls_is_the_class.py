# A classmethod's cls is the class the call is on: cls.x read and stored (cls.total += 1),
# cls.created.append(...), cls(...), cls.helper(), cls.__name__, isinstance(x, cls); called through
# an object, cls is the object's own class (a call that dispatches on it).  Class.__name__ too.
# pyzc raised AttributeError ("'NoneType' object has no attribute 'total'") for cls.total, failed
# internally on cls.total += 1, and through an object used the variable's class.

class Counter:
    total = 0
    created = []
    prefix = "c"

    def __init__(self, name):
        self.name = name

    @classmethod
    def make(cls, name):
        cls.total += 1
        cls.created.append(name)
        return cls(cls.prefix + name)

    @classmethod
    def count(cls):
        return cls.total

    @classmethod
    def reset(cls):
        cls.total = 0
        cls.helper()

    @classmethod
    def helper(cls):
        print("helper of", cls.__name__, cls.total, len(cls.created))


a = Counter.make("a")
b = Counter.make("b")
print(a.name, b.name, Counter.count(), Counter.total, Counter.created)
Counter.reset()
print(Counter.count(), a.count())


class Shape:
    sides = 0

    @classmethod
    def describe(cls):
        return cls.__name__ + " with " + str(cls.sides) + " sides"

    @classmethod
    def is_polygon(cls, x):
        return isinstance(x, cls)


class Square(Shape):
    sides = 4


print(Shape.describe(), Square.describe())
print(Square.is_polygon(Square()), Square.is_polygon(Shape()), Shape.is_polygon(Square()))


class CfBase:
    color = 'white'
    def __init__(self, k):
        self.k = k
    @classmethod
    def label(cls):
        return cls.__name__ + ":" + cls.color
    @classmethod
    def make(cls, k):
        return cls(k + 1)
class CfSub(CfBase):
    color = 'grey'
objs = [CfSub(8), CfBase(0)]
for o in objs:
    print(o.label(), o.make(3).label(), o.make(1).k)
print(CfSub(1).label())


print(CfBase.__name__, CfSub.__qualname__)
