# math's functions as values: in dicts, lists, tuples, passed to functions, given a name.
import math
from math import floor, ceil, atan2
funcs = {"sin": math.sin, "sqrt": math.sqrt, "abs": lambda v: abs(v)}
print({k: round(f(0.25), 6) for k, f in funcs.items()})
fs = [math.floor, math.ceil, math.trunc]
print([f(-2.5) for f in fs], [g(2.5) for g in (floor, ceil)])
def apply(f, v):
    return f(v)
print(apply(math.exp, 1.0), apply(math.factorial, 10), apply(math.isqrt, 99))
two = math.atan2
print(two(1.0, 1.0), atan2(1, 2), math.sqrt(16))
xs = [2.5, -1.5, 9.0]
print(sorted(xs, key=math.floor), list(map(math.fabs, xs)), list(map(math.sqrt, [4, 9])))
def tabulate(f, lo, hi):
    return [round(f(x / 4), 4) for x in range(lo, hi)]
print(tabulate(math.tanh, 0, 5), tabulate(math.atan, 0, 3))
import math as m
table = [(name, f) for name, f in [("cos", m.cos), ("erf", m.erf)]]
print([(n, round(f(0.5), 6)) for n, f in table], m.pi)
f = math.gamma
print(f(5))
for g in (math.ulp, math.cbrt):
    print(g(1.0))
h = math.frexp
print(h(8.0), math.modf(2.5), [k(1.0, 2.0) for k in (math.nextafter, math.copysign)])
