# Overrides that return objects of their own classes (clone() of a Base returns a Base, of a Sub a
# Sub), called through a variable of the base class: the dispatcher returned None for the
# subclass's object (a wrong answer: "'NoneType' object has no attribute 'name'").

class A:
    def clone(self):
        return A()
    def name(self):
        return "A"
class B(A):
    def clone(self):
        return B()
    def name(self):
        return "B"
for o in [A(), B()]:
    c = o.clone()
    print(type(c).__name__, c.name())


class Shape:
    def scaled(self, k):
        return Shape()

    def area(self):
        return 0


class Sq(Shape):
    def __init__(self, s=1):
        self.s = s

    def scaled(self, k):
        return Sq(self.s * k)

    def area(self):
        return self.s * self.s


for sh in [Shape(), Sq(2), Sq(3)]:
    print(type(sh).__name__, sh.scaled(2).area(), sh.scaled(3).scaled(2).area())
