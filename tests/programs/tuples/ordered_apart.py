# Ordering tuples of other lengths or item types: the first unequal pair decides, else the shorter is smaller.
print((1,) < (1, 2), (1, 2) < (1,), (2,) > (1, 5), (1, 2) <= (1, 2, 0), (1, 2) >= (1,))
print((1, 2.5) < (1, 3), (1, "a") < (1, "b", 2), (0.5,) > (0, "x"), () < (1,), () >= ())


def version(major, minor, patch, tag):
    return (major, minor, patch, tag)


releases = [version(1, 2, 0, "rc1"), version(1, 10, 3, "final"), version(0, 9, 9, "beta")]
for r in releases:
    print(r, r >= (1, 2), r < (1, 10, 3), r > (0, 9, 9), r[:2] == (1, 10))
    print(r[1:3], r[::2], r[-2:], r[:0])

best = releases[0]
for r in releases:
    if r > best:
        best = r
print("best", best)

# the pair that decides is compared with its own order: floats against ints, strs by code point
a = (2, 0.5, "b")
print(a < (2, 1), a > (2, 0.5), a < (2, 0.5, "c", 0), a <= (2, 0.5, "b"), a >= (2, 0.5, "b", 1))
