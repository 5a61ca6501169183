# obj[k], obj[k] = v, del obj[k], len(obj), `k in obj`, iteration, and truth by __bool__ or __len__
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, k):
        return self.cells.get(k, 0)
    def __setitem__(self, k, v):
        self.cells[k] = v
    def __delitem__(self, k):
        print("deleting", k)
        del self.cells[k]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, k):
        return k in self.cells
    def __iter__(self):
        return iter(sorted(self.cells))

g = Grid()
print("empty" if not g else "full", bool(g))
g[(1, 2)] = 5
g[(0, 0)] += 3
print(g[(1, 2)], g[(0, 0)], len(g), (1, 2) in g, (5, 5) in g, (5, 5) not in g)
print(list(g), "empty" if not g else "full")
del g[(1, 2)]
print(len(g), bool(g))
try:
    del g[(9, 9)]
except KeyError as e:
    print("KeyError", e)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
flags = [Flag(True), Flag(False)]
print([bool(f) for f in flags], [1 if f else 0 for f in flags], any(flags), all(flags))
while flags and flags[-1]:
    flags.pop()
print(len(flags))
x = Flag(False) or Flag(True)
print(x.on)
