# Class attributes that objects then hold as fields of their own, given outside the class's methods
# (obj.n += 1 in a function or at module level), of a wider type (0 then 0.5; () then a longer tuple),
# and by a subclass's objects before a base's.
class A:
    size = 1
    items = [0]


class C(A):
    count = 10


def grow(b):
    b.size += 5
    b.items += [1]  # extends the class's own list, then gives b a field holding it


a, b = A(), A()
grow(a)
grow(a)
print(A.size, a.size, b.size, A.items, a.items, b.items, a.items is A.items)
c = C()
c.count += 1
c.size *= 3
print(C.count, c.count, c.size, C.size)


class Acct:
    rate = 0
    tags = ()
    label = ("a",)

    def __init__(self, r):
        self.rate = r

    def tag(self, t):
        self.tags = self.tags + (t,)


x = Acct(0.5)
x.tag("a")
x.tag("b")
x.label = ("b", "c")
print(x.rate, Acct.rate, x.tags, Acct.tags, x.label, Acct.label, Acct(2).rate)


class Shape:
    sides = 0


class Square(Shape):
    pass


def set_sides(s, n):
    s.sides = n


sq = Square()
sq.sides = 4
set_sides(Shape(), 3)
print(sq.sides, Shape().sides, Square.sides)
