# A local that a test shows is None: `p is None`, and `isinstance(other, V)` false where other is a
# V object, so that only None fails it (the scalar fallback of a dunder: `return V(self.x + other)`
# after `if isinstance(other, V): return ...`).  There, a use that needs a value raises CPython's
# error (after the other operands are evaluated); uses that take None as it is (str(p)) do not.
# pyzc refused these: it typed the fallback with other as a V ("unsupported operand type(s) for +:
# 'int' and 'V'"), and `p + 1` under `if p is None` likewise.

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        return V(self.x + other)

    def __mul__(self, k):
        if not isinstance(k, V):
            return V(self.x * k)
        return V(self.x * k.x)

    def __repr__(self):
        return f"V({self.x})"


def first(v, w):
    if v is None:
        return w.x + v
    return v.x


print(V(1) + V(2), V(1) + 5, V(3) * 2, V(3) * V(4))
print(first(V(7), V(1)))
vs = [V(1), None]
for v in vs:
    try:
        print(V(10) + v)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(first(v, V(2)))
    except TypeError as e:
        print("TypeError:", e)


# ---- every kind of use of a local that is None here
class P:
    def __init__(self, x):
        self.x = x
        self.items = [x, x + 1]
    def get(self):
        return self.x
    def __lt__(self, other):
        if not isinstance(other, P):
            return self.x < other
        return self.x < other.x


def side(tag):
    print("side", tag)
    return 1


def use(p, how):
    if p is None:
        if how == 0:
            return p.x
        if how == 1:
            return p.get()
        if how == 2:
            return p.items[0]
        if how == 3:
            return len(p)
        if how == 4:
            return -p
        if how == 5:
            return p < 3
        if how == 6:
            return 3 < p
        if how == 7:
            return p + side(7)
        if how == 8:
            return side(8) + p
        if how == 9:
            for q in p:
                return q
        if how == 10:
            y = p.x * 2
            return y
        if how == 11:
            print(str(p) + "!")
        if how == 12:
            return p[0]
        if how == 13:
            p.x = 5
            return 1
        if how == 14:
            return abs(p)
    return p.x


for how in range(15):
    for p in (P(4), None):
        try:
            print(how, use(p, how))
        except (TypeError, AttributeError) as e:
            print(how, type(e).__name__, e)
print(P(1) < P(2), P(3) < 2)
