# lru_cache, total_ordering and operator in a module that another imports (stdlib_rewrites_across_modules.py)
from functools import lru_cache as memo, total_ordering
from operator import itemgetter, add
import operator as op


@memo(maxsize=None)
def ways(n):
    if n < 2:
        return 1
    return ways(n - 1) + ways(n - 2)


def by_second(pairs):
    return sorted(pairs, key=itemgetter(1))


def total(xs):
    s = 0
    for x in xs:
        s = add(s, x)
    return op.mul(s, 1)


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v
