# expect: 10:11: error: m(*xs) of a list, calling a method that subclasses override, is not supported yet
class A:
    def m(self, x, y=1):
        return x + y
class B(A):
    def m(self, x, y=1):
        return x * y
args = [3]
for o in [A(), B()]:
    print(o.m(*args))
