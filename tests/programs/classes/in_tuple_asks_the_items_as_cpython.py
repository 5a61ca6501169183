# `x in (a, b)` as CPython's tuplecontains: the items in turn, each asked `item == x` (the item's __eq__)
# unless it is x itself, stopping at the first equal one.  Containers (tuples compared with ==, lists
# searched, counted, indexed) likewise take an object as equal to itself without asking.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v

    def __hash__(self):
        return self.v

    def __repr__(self):
        return f"P({self.v})"


a, b, c = P(1), P(2), P(1)
print(a in (a, b), c in (a, b), P(2) in (a, b), P(3) not in (a, b), b in (c, a, b))
print(a in [a, b], P(2) in [a, b], [a, b, c].count(a), [a, b].index(b), [c, a].index(a))
print((a, 1) == (a, 1), [a] == [a], (a, 1) == (c, 1), (a, b) != (a, P(2)), (a, 2) != (a, 3))
print({a: 1}.get(a), c in {a: 1}, a in {a}, c in {a, b})
found = 0
for x in (a, b):
    if x in (b, c):
        found += 1
print(found, 1 in (), 2.0 in (1.0, 2.0), "a" in ("b", "a"))
