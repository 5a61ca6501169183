# Fields that may be None updated (+=) and deleted from by index without a test: CPython's TypeError
# when they are None, the read's for +=, which reads before it stores.
class Grid:
    def __init__(self, n, empty=False):
        self.rows = None if empty else [[0] * n for _ in range(n)]
        self.names = None if empty else {"a": 1}

    def bump(self, i, j):
        self.rows[i][j] += 1
        self.rows[i] = self.rows[i] + [9]

    def drop(self, k):
        del self.names[k]

    def add(self, k):
        self.names[k] += 5


g = Grid(2)
g.bump(0, 1)
g.add("a")
g.drop("a")
print(g.rows, g.names)
for f in (lambda e: e.bump(0, 0), lambda e: e.drop("a"), lambda e: e.add("a")):
    try:
        f(Grid(1, True))
    except TypeError as ex:
        print("TypeError:", ex)
