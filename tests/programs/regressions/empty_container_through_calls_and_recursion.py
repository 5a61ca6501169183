# Issue 13, item 15: empty containers passed through several calls, recursion with container
# arguments, parameters rebound, aliases, results filled by the caller.
def g(ys, v):
    ys.append(v)


def f(xs):
    g(xs, "q")
    g(xs, "r")
    return xs


print(f([]))


def collect(n, acc):
    if n == 0:
        return acc
    acc.append(n * 0.5)
    return collect(n - 1, acc)


print(collect(4, []))


def walk(n, path):
    if n == 0:
        print(path)
        return
    walk(n - 1, path + [str(n)])


walk(3, [])


def perms(items, cur, out):
    if not items:
        out.append(cur)
        return out
    for i in range(len(items)):
        perms(items[:i] + items[i + 1:], cur + [items[i]], out)
    return out


print(perms(["a", "b", "c"], [], []))


def rebound(xs):
    xs = xs + ["a"]
    xs.append("b")
    return xs


print(rebound([]))


def make():
    return {}


d = make()
d["k"] = [1.5]
print(d)

a = []
b = a
b.append(("x", 1))
print(a)

grid = [[], []]
for row in grid:
    row.append("s")
print(grid, [] == grid[0][:0], grid == [])


class Box:
    def __init__(self):
        self.items = []


class Loader:
    def __init__(self, box):
        self.box = box

    def load(self, things):
        for t in things:
            self.box.items.append(t)


box = Box()
Loader(box).load(["p", "q"])
print(box.items)
