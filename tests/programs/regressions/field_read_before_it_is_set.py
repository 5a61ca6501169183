# A field read before anything assigned it raises CPython's AttributeError (it printed 0 once),
# naming the object's own class; fields __init__ always sets first are read without a check.
class Counter:
    def __init__(self, start):
        self.start = start
        self.total = self.start * 2

    def arm(self):
        self.limit = self.total + 1

    def over(self):
        return self.limit


class Node:
    def __init__(self, name):
        self.describe()
        self.name = name

    def describe(self):
        print("node", self.name)


class Base:
    def __init__(self):
        self.kind = "base"


class Child(Base):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def grow(self):
        self.extra += 1


class Lazy(Base):
    def __init__(self):
        if len(self.kind) > 10:
            self.kind = "long"


c = Counter(3)
try:
    print(c.over())
except AttributeError as e:
    print("AttributeError", e)
c.arm()
print(c.over(), c.start, c.total)
try:
    Node("a")
except AttributeError as e:
    print("AttributeError", e)
ch = Child(4)
print(ch.kind, ch.size)
try:
    ch.grow()
except AttributeError as e:
    print("AttributeError", e)
ch.extra = 10
ch.grow()
print(ch.extra)
try:
    Lazy()
except AttributeError as e:
    print("AttributeError", e)
