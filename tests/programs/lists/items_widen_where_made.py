# A list or dict made by a display or comprehension takes wider items later: ints among floats make
# numbers of several types (printed as CPython prints each), a value among Nones makes values that
# may be None. It is made with the wider items from the start, wherever it is stored.
d = [0.0 for _ in range(3)]
d[1] = 5
print(d, d[1] * 2, sum(d))
slots = [None] * 4
slots[2] = (1, 2)
print(slots, slots[2])
mods = [1, 2]
mods.append(None)
print(mods, len(mods))
dist = {}
dist["a"] = 0.5
dist["b"] = 1
print(dist, dist["b"] + 1)


class Grid:
    def __init__(self):
        self.best = [None] * 2
        self.weights = [1.0] * 3


g = Grid()
g.best[0] = 3
g.weights[2] = 7
print(g.best, g.weights)


def fill(out, n):
    out.append(n if n > 1 else None)
    return out


xs = [1, 2]
print(fill(xs, 5), fill(xs, 0), xs, fill([3], 1))
