# Issue 13, item 15: nested comprehensions that reuse a name, and comprehensions over a grid that
# is always empty (an internal error, 'Prim' object has no attribute 'elem', in list_get).
row = ["a", "b"]
grid = [[1], [2, 3]]
print([[x for x in row] for x in grid])
print([x for x in [x for x in row]])
print([[x for x in x] for x in grid])


def firsts(g):
    return [r[0] for r in g]


print(firsts([]))
print(firsts([[7]]))


def sizes(g):
    return sum(len(r) for r in g), [len(r) for r in g], [a + b for a, b in g]


print(sizes([]))


def first(g):
    return g[0][0] if g else 0


print(first([]))


def flat(g):
    return [x for r in g for x in r]


print(flat([]), flat([[]]))


def doubled(xs):
    ys = [x for x in [x * 2 for x in xs]]
    return ys


print(doubled([]), doubled([4]))
