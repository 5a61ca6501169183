# Class attributes that objects of a class and of its subclasses are given as fields: one field, laid out
# by the topmost class that has the attribute, so a base method reads an object's own value.
class A:
    rate = 1

    def get(self):
        return self.rate


class B(A):
    rate = 5


class C(B):
    pass


b = B()
b.rate = 7
c = C()
print(b.get(), b.rate, B().get(), c.get(), A().get())
c.rate = 9
print(c.get(), B.rate, A.rate)


class Base:
    limit = 10


class Loose(Base):
    def configure(self):
        self.limit = 50.5


base = Base()
base.limit = 1
loose = Loose()
print(loose.limit)
loose.configure()
print(base.limit, loose.limit, Base().limit, Loose.limit)


class T:
    seen = []
    marks = {}


T.seen.append("x")
T.marks["k"] = 1.5
T.seen = []
T.marks = {}
T.seen.append("y")
T.marks["z"] = 2.5
print(T.seen, T.marks, T().seen)
