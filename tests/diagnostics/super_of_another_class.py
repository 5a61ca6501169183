# expect: 9:16: error: super() with arguments other than (this class, self) is not supported yet; use super()
class A:
    def f(self):
        return 1
class B(A):
    pass
class C(B):
    def f(self):
        return super(B, self).f()
print(C().f())
