# A module's member given a name (`sqrt = math.sqrt`, at the top level or in a function) is that member
# imported under the name (frontend/module_aliases.py).
import math, itertools
import os.path
import collections as co
sqrt = math.sqrt
isl = itertools.islice
icount = itertools.count
join = os.path.join
PI = math.pi
Counter = co.Counter


def norms(vs):
    local_sqrt = math.sqrt
    hyp = math.hypot
    return [round(local_sqrt(x * x + y * y), 6) == round(hyp(x, y), 6) for x, y in vs]


class Shape:
    def area(self, r):
        tau = math.tau
        return tau * r * r / 2


print(sqrt(2.0), list(isl(icount(5), 3)), join("a", "b"), PI)
print(norms([(3, 4), (1, 1)]), Shape().area(1.0), Counter("abca").most_common(1))
print(list(map(sqrt, [4.0, 9.0])))


def walk(n):
    fl = math.floor
    acc = []
    for k in range(n):
        acc.append(fl(k / 3))
    return acc


print(walk(7))
