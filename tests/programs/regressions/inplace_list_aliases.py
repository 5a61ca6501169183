# list += and *= change the list itself: every alias sees it
a = [1, 2]
b = a
b *= 2
print(a, b)
b += [3]
print(a)
b += (7, 8)
print(a)
b *= 0
print(a, b)
a.append(5)
b *= -1
print(a, b)
c = ['x']
d = c
d += "yz"
print(c)
d += {"k": 1}
print(c)
d += (s.upper() for s in ["p", "q"])
print(c)
d *= 1
print(c)
d += d
print(c)
d *= 3
print(c, len(c))
f = [1.5]
g = f
g += [2.5]
g *= 2
print(f)
e = []
h = e
h += range(3)
print(e)


class Box:
    def __init__(self):
        self.items = [0]

    def grow(self):
        self.items += [1]
        self.items *= 2


box = Box()
alias = box.items
box.grow()
print(alias, box.items)
box.items += [9]
print(alias)

grid = [[1], [2]]
row = grid[0]
grid[0] += [3]
grid[1] *= 3
print(row, grid)
table = {"k": [1]}
v = table["k"]
table["k"] += [2]
table["k"] *= 2
print(v, table)


def mutate(xs):
    xs += [4]
    xs *= 2


arg = [3]
mutate(arg)
print(arg)
G = [0]


def bump():
    global G
    G += [1]
    G *= 2


keep = G
bump()
print(keep, G)
class Reg:
    names = ["a"]


kept = Reg.names
Reg.names += ["b"]
Reg.names *= 2
print(kept, Reg.names)
s = "ab"
r = s
r += "c"
r *= 2
print(s, r)
xs = [[0]] * 2
xs[0] += [1]
print(xs)
n = [1]
n *= True
print(n)
n *= False
print(n)
