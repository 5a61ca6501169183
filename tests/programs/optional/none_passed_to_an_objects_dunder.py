# `v + x` where v is an object and x may be None (or a test shows it is None): CPython calls
# V.__add__(x), or V.__radd__(x) for `x + v`, with None as it is, and the dunder decides.  pyzc
# raised "unsupported operand type(s) for +: 'V' and 'NoneType'" before calling it: a wrong answer.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if other is None:
            return V(self.x)
        if isinstance(other, V):
            return V(self.x + other.x)
        return V(self.x + other)
    def __radd__(self, other):
        if other is None:
            return V(-100)
        return V(other - self.x)
def f(k):
    return None if k else 3
def g(k):
    return None if k else V(5)
for k in (0, 1):
    x = f(k)
    print((V(1) + x).x, (x + V(1)).x)
    p = g(k)
    if p is None:
        print((V(2) + p).x)
    else:
        print((V(2) + p).x, (p + 1).x)
