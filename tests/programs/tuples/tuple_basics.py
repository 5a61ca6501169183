# Tuples: multiple return values, unpacking, indexing, sorting and printing.
def divmod2(a, b):
    return a // b, a % b

def minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi

q, r = divmod2(17, 5)
print(q, r)
p = (1, "a")
print(p, p[0], p[-1], len(p))
pairs = [(3, "c"), (1, "z"), (2, "b"), (1, "a")]
pairs.sort()
print(pairs)
for n, s in pairs:
    print(n * s)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
print(minmax([4, -2, 9, 3]))
print((1,), ((1, 2), 3.5))
print((1, 2) < (1, 3), (2, "a") == (2, "a"), 3 in (1, 2, 3))
best = max(pairs)
print(best, min(pairs))
print(sorted([(2.5, True), (1.5, False)], reverse=True))
print(f"{p}", str((1, 2)))
