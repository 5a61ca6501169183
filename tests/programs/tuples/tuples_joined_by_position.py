# Tuples of one length in one place (a variable, a return) join position by position: an int and a
# float make a number of several types, None and an int an int that may be None.
def nearest(p, centers):
    best, dist = 0, 1e30
    for i, c in enumerate(centers):
        d = (c - p) ** 2
        if d < dist:
            best, dist = i, d
    return (best, dist)


def pick(flag):
    if flag:
        return (1, 2)
    return (3, 4.5)


print(nearest(2.0, [1.0, 5.0]), pick(True), pick(False))
pairs = (0, None)
pairs = (1, 7)
print(pairs)
t = (1, "a")
if len(t) > 1:
    t = (2.5, "b")
print(t, t[0] + 1)
