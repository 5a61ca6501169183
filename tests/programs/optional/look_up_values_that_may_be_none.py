# `x in xs`, xs.index(x), xs.count(x) and xs.remove(x) where x may be None: None is equal to no item
# unless the items may be None too.
from collections import deque


def found(n):
    if n > 0:
        return n
    return None


def pair(n):
    if n > 0:
        return (n, n + 1)
    return None


xs = [1, 2, 3]
ys = [None, 2]
t = (1, None)
for n in (0, 2, 5):
    v = found(n)
    print(v in xs, v not in xs, v in ys, v in t, v in {2: 1}, v in {1, 5}, v in (2, 3), n in ys)
    print(xs.count(v), ys.count(v), v in deque([2, 5]))
print(None in ys, None in xs, None in t, None in (1, 2), None not in {1: 2}, xs.count(None))

pairs = [(1, 2), (2, 3)]
maybe = [pair(1), None]
for n in (0, 1, 4):
    p = pair(n)
    print(p in pairs, p not in pairs, p in [(), (1, 2, 3)], p in maybe, maybe.count(p), pairs.count(p))
print(maybe.index(None), maybe.index((1, 2)), tuple([1, 2]) in maybe, maybe.count(tuple([1])))


def attempt(label, xs, v, how):
    try:
        if how == "index":
            print(label, xs.index(v))
        else:
            xs.remove(v)
            print(label, xs)
    except ValueError as e:
        print(label, "ValueError:", e)


attempt("a", [1, 2], found(2), "index")
attempt("b", [1, 2], found(0), "index")
attempt("c", [1, 2], found(0), "remove")
attempt("d", [1, 2], found(1), "remove")
attempt("e", [(1, 2)], pair(0), "index")
attempt("f", [(1, 2)], pair(1), "remove")
d = deque([3, 4])
for how in ("index", "remove"):
    try:
        if how == "index":
            print(d.index(found(0)))
        else:
            d.remove(found(-1))
    except ValueError as e:
        print(how, "ValueError:", e)
print(d, d.count(found(3)), d.count(None))
print(xs.index(None))
