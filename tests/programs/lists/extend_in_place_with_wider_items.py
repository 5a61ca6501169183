# `xs += [...]` with items wider than the list's so far (a float to a list of ints, a named tuple
# with a float field to a list of all-int ones): the list is made with the wider items, as by append.
from collections import namedtuple

P = namedtuple("P", "x y")
ps = [P(1, 2)]
ps += [P(0.5, 2)]
print(ps, [p.x + p.y for p in ps], sorted(ps))
xs = [1, 2]
xs += [0.5]
print(xs, sum(xs), [type(x).__name__ for x in xs])
ys = [P(1, 1)]
ys += [P(k, k / 2) for k in range(3)]
print(ys, max(ys, key=lambda p: p.y))
scores = [3]
for s in [1.5, 2]:
    scores += [s]
print(scores)
