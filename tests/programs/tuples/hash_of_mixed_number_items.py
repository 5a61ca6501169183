# hash() of tuples whose items are ints and floats in one place, or tuples of any length, and the
# order of sets of them (CPython's tuplehash over each item's own hash)
from dataclasses import dataclass

grid = [(0, 3), (1.25, 3), (9, 3), (-4, 3), (2 ** 70, 3), (True, 3), (float("inf"), 3), (-1, 3)]
for g in grid:
    print(g, hash(g), hash(g) == hash((g[0], 3)))
print(hash((0, 3)), hash((9, 3)), hash((-1, 3)))

firsts = [g[0] for g in grid]
for x in firsts:
    print(x, hash(x), hash((x,)), hash((x, x)), hash((x, -x)))

nested = [(1, (2, 3)), (4, (5,)), (6, ()), (7, (8, 9, 10))]
for n in nested:
    print(n, hash(n), hash(n[1]))
print(hash((1, (2, 3))), hash((4, (5,))), hash((6, ())))
deep = [((1, 2), (3,)), ((), (4, 5))]
print([hash(d) for d in deep], hash(((1, 2), (3,))))


@dataclass(frozen=True)
class Spot:
    x: float
    y: float


spots = [Spot(1, 2), Spot(1.0, 2.0), Spot(0.5, 7), Spot(3, 4)]
print([hash(s) for s in spots], hash((1, 2)), hash((3, 4)))
print(len(set(spots)))

cells = [(i, 0) for i in range(40)] + [(0.5, 0)]
print(set(cells))
print(set((c, c) for c in firsts))
print({n: i for i, n in enumerate(nested)})
big = set()
for i in range(20000):
    big.add((i if i % 7 else float(i), 0))
print(len(big), sum(1 for b in big if b[0] < 100))
