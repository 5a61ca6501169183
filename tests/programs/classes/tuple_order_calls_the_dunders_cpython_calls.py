# Ordering tuples that hold objects: CPython finds the first pair of items that is not equal (the same
# object is equal without asking, else __eq__), then orders that pair by the operator as written:
# `<` calls __lt__, `>` __gt__ (each reflected when the left item's class lacks it), so a three-way
# comparison through __lt__ alone calls other dunders.  min() compares item < best, max() item > best.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"P({self.v})"


class Q(P):  # its own __gt__ through the same dispatch
    def __gt__(self, o):
        print("Q gt", self.v, o.v)
        return self.v * 10 > o.v


class G:  # only __gt__: `<` between two is b.__gt__(a), reflected
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        print("G gt", self.v, o.v)
        return self.v > o.v

    def __repr__(self):
        return f"G({self.v})"


class Boom:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return False

    def __lt__(self, o):
        if self.v == o.v:
            raise ValueError("lt of equal values")
        return self.v < o.v


a, b, c = P(1), P(2), P(1)
print((a, 1) < (b, 2), (a, 1) > (b, 2), (b, 0) > (a, 5))
print((a, 1) <= (a, 2), (a, 3) >= (c, 2), (a, 1) == (c, 1), (a, 1) != (b, 1))
print((a, 1) < (a, 1), (a, 1) <= (a, 1), (a, "x") > (c, "w"))
print((1, a) < (1, b), (1, a) > (2, b), ("k", a, 2.5) > ("k", b, 1.0))
print(((a, 1), 2) > ((b, 1), 2), ((a, b), 0) < ((c, a), 0))
print((a,) < (a, 1), (a, 1) > (c,), (b, 1) < (a, 2, 3))
print((a, 1) < (b, 2) < (c, 3), (b, 1) > (a, 1) > (c, 0))
print((Q(1), 0) > (P(5), 0), (Q(1), 0) < (P(5), 0), (Q(1), 0) > (Q(2), 0))
print((G(1), 0) < (G(2), 0), (G(3), 0) > (G(2), 0), (G(3), 0) > (G(3), 1))
for x, y in [((G(1), 0), (G(2), 0)), ((G(1), 0), (G(1), 0))]:
    try:
        print(x <= y)
    except TypeError as e:
        print("TypeError:", e)
try:
    print((Boom(1), 0) < (Boom(1), 1))
except ValueError as e:
    print("ValueError:", e)
print((Boom(1), 0) < (Boom(2), 1))

ts = [(P(3), 1), (P(1), 2), (P(2), 0), (P(1), 1)]
print(sorted(ts))
print(max(ts))
print(min(ts))
print(max(ts, default=(P(0), 0)), min((P(4), 4), (P(4), 2)))
print(max(ts, key=lambda t: (t[1], t[0])), min(ts, key=lambda t: (t[1], t[0])))
ts.sort(reverse=True)
print(ts)
print({(a, 1): "a"}.get((a, 1)), (a, 1) in [(b, 1), (a, 1)], [(a, 1), (b, 2)].index((b, 2)))
gs = [(G(2), "b"), (G(5), "a"), (G(1), "c")]
print(max(gs), min(gs))
for s, t in [((a, 1), (b, 0)), ((a, 1), (c, 2))]:
    try:
        print(s >= t)
    except TypeError as e:
        print("TypeError:", e)
