# obj[key], obj[key] = v and obj[key] += v call __getitem__ and __setitem__ (a tuple key too)
class Grid:
    def __init__(self, n):
        self.cells = [[0] * n for _ in range(n)]

    def __getitem__(self, key):
        x, y = key
        return self.cells[x][y]

    def __setitem__(self, key, value):
        x, y = key
        self.cells[x][y] = value


g = Grid(3)
g[1, 2] = 7
g[0, 0] = g[1, 2] + 1
print(g[1, 2], g[0, 0], g.cells)


class Stack:
    def __init__(self):
        self.items = ["a", "b"]

    def __getitem__(self, i):
        return self.items[i]


s = Stack()
print(s[0], s[-1])
g[1, 1] += 5
print(g[1, 1])
