# tuple(...) of a list, a str, a range or a generator: a tuple whose length is known only at run time
def canonical(cells):
    return tuple(sorted(cells))


class Position:
    def __init__(self, cells):
        self.cells = tuple(cells)

    def moved(self, i, v):
        cells = list(self.cells)
        cells[i] = v
        return Position(cells)


p = Position([0, 1, 2])
q = p.moved(1, 9)
print(p.cells, q.cells, p.cells != q.cells, p.cells < q.cells)
seen = {canonical([3, 2, 1]): "first"}
print(seen.get(canonical([1, 2, 3])), canonical([2]) in seen, canonical([2]))
t = tuple(range(4))
print(t + t, t * 2, 2 * t, t.count(2), t.index(3), min(t), max(t), sum(t), len(t))
print(t[1], t[-1], t[1:3], t[::-1], t[-2:], 3 in t, 7 not in t)
a, b, c, d = t
print(a, b, c, d)
print(", ".join(tuple(["x", "y"])), f"{t}", "%s" % (t,), str(t), repr(tuple("ab")))
for i, x in enumerate(t):
    print(i, x, end="; ")
print()
for x, y in zip(t, t[1:]):
    print(x + y, end=" ")
print()
nested = tuple(tuple(r) for r in [[1, 2], [3]])
print(nested, len(nested), nested[1], tuple([5]), tuple([2.5, 1.0]))
print(t == (0, 1, 2, 3), (0, 1, 2, 3) == t, t != (0, 1), isinstance(t, tuple), isinstance(t, list))
print([t, (5, 6)], sorted([tuple([2, 1]), tuple([1, 5]), tuple([1])]))
print(list(reversed(t)), bool(t), bool(tuple([])), sorted(t, reverse=True), list(t))
print(sorted(set([tuple([1, 2]), tuple([1, 2]), tuple([0])])), hash(tuple([1, 2])) == hash((1, 2)))
s = {tuple("ab"), tuple("ba"), tuple("ab")}
print(len(s), ("a", "b") in s)
