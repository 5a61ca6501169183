# max() and min() over values that may be None: a function that returns a bool on some paths
# and falls off the end on others.  CPython compares the items only when there are two; a None
# among them raises its TypeError, naming the operands in the order it compares them.
def probe(xs, limit):
    for x in xs:
        if x > limit:
            return False
        if x == limit:
            return x % 2 == 0


def found(n):
    if n > 0:
        return n
    return None


rows = [[1, 5], [5], [4, 4]]
print(max([probe(r, 4) for r in rows]), min([probe(r, 4) for r in rows]))
print(max([probe(r, 0) for r in rows]) or max([probe(r, 4) for r in rows]))
print(max([probe([9], 1)]), min([probe([], 1)]))
print(max(found(3), found(7)), min(found(3), found(7), found(5)))
print(max(found(n) for n in (2, 9, 4)))
best = max([found(n) for n in [1, 8]])
print(best + 1 if best is not None else -1)

x = found(3)
if x is not None:  # a name a test showed is not None gives an int
    ys = [1]
    ys.append(max(x, 2))
    ys.append(min(x, found(1)) or 0)
    print(ys, max(ys))


def attempt(label, items, which):
    try:
        if which == "max":
            print(label, max(items))
        else:
            print(label, min(items))
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("a", [probe([1], 5), probe([5], 5)], "max")
attempt("b", [probe([5], 5), probe([1], 5)], "max")
attempt("c", [probe([1], 5), probe([1], 5)], "min")
attempt("d", [probe([6], 5), probe([1], 5)], "min")
attempt("e", [found(0)], "max")
attempt("f", [found(2), found(0)], "min")
try:
    print(max(found(0), found(1)))
except TypeError as e:
    print("h", e)
print(max([found(1), found(-1)]))
