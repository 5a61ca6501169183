class A:
    def __init__(self, v):
        self.v = v
class B(A):
    pass
def f(x):
    print(x.v)
    x = A(2)
    return x.v
print(f(B(1)))
