# Named tuples: collections.namedtuple and typing.NamedTuple, values that are tuples with named fields
from collections import namedtuple
import collections
from typing import NamedTuple
P = namedtuple("P", "x y")
Q = collections.namedtuple("Q", ["a"], defaults=[7])
class R(NamedTuple):
    x: int
    y: float = 0.5
p = P(1, 2)
print(p)
q = Q()
r = R(3)
print(q, r, R(1, 2.0), p.x + p.y, r.y, p._fields, P._fields)
a, b = p
print(a, b, p[0], p[-1], len(p), p == P(1, 2), p < P(1, 3), hash(p) == hash((1, 2)))
print(p._replace(y=9), r._replace(x=7, y=1.5), p._asdict())
pts = [P(3, 4), P(1, 2), P(1, 1)]
print(sorted(pts), max(pts), {p: 1})
for x, y in pts:
    print(x * y, end=" ")
print()
print(P(x=1, y=2) in pts, P(1, 2) in pts, list(p), p * 2, p + (5,))
def shift(pt, d):
    return P(pt.x + d, pt.y - d)
print(shift(p, 10), repr(p), str(p), f"{p}", "%s" % (p,))
m = P(1, 2.5)
print(m, [P("a", "b")])
def first(p: P) -> int:
    return p.x
ps: list[R] = []
ps.append(R(5, 6.5))
print(first(p), ps, ps[0].y)
Pair = namedtuple("Pair", "left, right")
print(Pair(right="r", left="l"), Pair("a", "b")._asdict())
