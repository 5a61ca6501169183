# A parameter that defaults to None: the call with None and the call with a value are separate
# instances, and `if p is None` / `is not None` in each is decided by its type.
class Grid:
    def __init__(self, rows=None):
        self.cells = [[0] * 3 for _ in range(3)]
        if rows is not None:
            assert len(rows) == 3, "three rows"
            for i in range(3):
                self.cells[i] = list(rows[i])

    def copy(self):
        g = Grid(None)
        g.cells = [row[:] for row in self.cells]
        return g


def label(x, prefix=None):
    if prefix is None:
        return str(x)
    return prefix + str(x)


g = Grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
h = g.copy()
h.cells[0][0] = 99
print(g.cells, h.cells)
print(Grid().cells)
print(label(3), label(4, "n="), label(5.5, None))


def first_even(xs):
    found = None
    for x in xs:
        if x % 2 == 0:
            found = x
            break
    return found


for xs in ([1, 3, 4, 6], [1, 3], []):
    r = first_even(xs)
    print(r, r is None, r if r is not None else -1, (r or 0) + 1)
