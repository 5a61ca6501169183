# Slice assignment of empty lists, generators and tuples; del of a tuple variable; range arguments.
def total(r, scale):
    return sum(r) * scale


print(total(range(5), 2), total(range(1, 10, 4), 1))
e = []
e[:] = []
print(e)
grid = {"a": [1, 2, 3]}
grid["a"][1:] = [9]
print(grid)
pts = [(1, 2), (3, 4)]
pts[0:1] = [(5, 6), (7, 8)]
del pts[-1:]
print(pts)
t = (1.5, 2.5)
j = 1
x = t[j]
del x
x = 3.0
print(x)


def shrink(xs):
    del xs[::2]
    return xs


print(shrink(list(range(7))))
words = "a b c".split()
words[1:2] = []
print(words)
r = range(3)
r = range(10, 0, -2)
print(list(r), r[-1], 4 in r, 5 in r)
words[:0] = (w.upper() for w in ["x", "y"])
nothing = []
words[1:1] = nothing
print(words)
