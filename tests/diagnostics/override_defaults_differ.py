# expect: 9:11: error: the overrides of 'm' have different defaults for its parameter 'y'; a call that leaves it out is not supported yet (pass it)
class A:
    def m(self, x, y=1):
        return x + y
class B(A):
    def m(self, x, y=2):
        return x * y
for o in [A(), B()]:
    print(o.m(3))
