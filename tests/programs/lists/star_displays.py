# *xs inside list, tuple and set displays spreads the items of any iterable, in order
xs = [1, 2, 3]
ys = (4, 5)
print([*xs, *ys, 6])
print([0, *xs, 0, *xs])
print([*"abc", *"de"], [*range(2), 5])
print([*[], *xs[1:]])
print([*(x * x for x in xs)])
d = {"a": 1, "b": 2}
print([*d], [*d.values()], [*d.items()])
s = {7}
print([*s, *{8}])

# numbers of several types: the items join
mixed = [*xs, 2.5]
print(mixed, max(mixed), type(mixed[0]).__name__)
floats = [*[1.5], *xs]
print(floats)

# tuples: of known length when every starred value is one
pair = (1, "one")
t = (*pair, 2.0)
print(t, len(t), t[1])
print((*ys, *ys))
# of any length otherwise
v = (*xs, 10)
print(v, len(v), v[-1], v + (11,), hash(v) == hash((1, 2, 3, 10)))
w = (*"hi",)
print(w)
print((*[], *()))

# sets
print(sorted({*xs, *ys, 3}))
print({*[1, 1, 2], 2} == {1, 2})
u = {*"aab"}
print(sorted(u))

# evaluation order
def noisy(tag, val):
    print("eval", tag)
    return val
print([noisy(1, 0), *noisy(2, [1, 2]), noisy(3, 3)])

# a starred value that is not iterable
try:
    n = xs if len(xs) > 10 else None
    print([*xs, *n])
except TypeError as e:
    print("TypeError:", e)

grid = [[1, 2], [3, 4]]
flat = []
for row in grid:
    flat = [*flat, *row]
print(flat)
names = ["x", "y"]
print([*[], *names], (*(), *names), sorted({*set(), *names}))
