# A field of a base's objects that only a subclass has a class attribute for: read through the
# base (its method, a list of base objects), an object lacking the field reads its class's
# attribute, and CPython's AttributeError for a class without one.
class Base:
    def __init__(self, set_it):
        if set_it:
            self.color = "red"

    def show(self):
        return self.color


class Sub(Base):
    color = "blue"


class Sub2(Base):
    color = "green"

    def __init__(self):
        pass


print(Sub(True).show(), Sub(False).show(), Sub(False).color)
print(Sub2().color, Sub2().show())


class Plain(Base):
    pass


p = Plain(False)
try:
    print(p.show())
except AttributeError as e:
    print("AttributeError", e)
print(Plain(True).show(), [o.show() for o in [Sub(False), Sub2(), Base(True)]])


class Sized:
    def __init__(self, set_it):
        if set_it:
            self.size = 3

    def show(self):
        return self.size


class SizedSub(Sized):
    size = 2.5


print(SizedSub(True).show(), SizedSub(False).show(), Sized(True).show())
