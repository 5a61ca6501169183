# functools.partial: arguments fixed once, where partial is called; more given at each call.
import functools
from functools import partial


def f(a, b, c=0, d=1):
    return a * 100 + b * 10 + c + d


def g(x, y):
    return x - y


class Scale:
    def __init__(self, k):
        self.k = k

    def apply(self, x, offset):
        return self.k * x + offset


def make_adders(ns):
    return [partial(g, n) for n in ns]


p = functools.partial(f, 1, c=5)
print(p(2), p(3, d=4), p(1, c=9), p(b=2))
q = partial(g, 10)
print(q(3), list(map(q, [1, 2])))
neg = partial(g, 0)
print(sorted([3, 1, 2], key=neg))
ops = [q, partial(g, 100)]
print([o(1) for o in ops])
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(c=4))
s = Scale(3)
twice_plus = partial(s.apply, offset=1)
print(twice_plus(5), twice_plus(x=2))
print([h(1) for h in make_adders([5, 6, 7])])
n = 1
late = partial(g, n)  # n is read now
n = 50
print(late(0))
again = partial(p, 7)  # a partial of a partial
print(again(), again(d=0))
p()  # f() is missing b: CPython TypeError
