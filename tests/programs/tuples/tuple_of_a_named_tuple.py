# tuple(p) of a named tuple is a plain tuple of its items: printed (1, 2), not P(x=1, y=2) as pyzc
# printed it (a wrong answer).

from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, "a")
t = tuple(p)
print(t, tuple(P(3, "b")), t == (1, "a"), len(tuple(p)))
Q = namedtuple("Q", ["a", "b", "c"])
q = Q(1, 2, 3)
print(tuple(q), list(q), sum(tuple(q)), tuple(q) + (4,), tuple(q)[1:])
print(sorted([tuple(Q(3, 1, 2)), tuple(Q(1, 2, 3))]))
