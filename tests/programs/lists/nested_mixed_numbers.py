# Displays of lists (and dict values) whose items are ints in one and floats in another: each list
# is made with numbers of both types, as CPython's lists hold any values.
pts = [[0, 0.5], [1, 2]]
print(pts)
pts[1][0] = 7.25
print(pts, sum(p[0] for p in pts))
row = [3, 4]
grid = [row, [0.5, 1]]
print(grid, row)
row.append(9)
print(grid)
m = [[1, 2], [3, 4.0], [5, 6]]
for r in m:
    print(r, [x * 2 for x in r], max(r))
d = {"a": [1, 2], "b": [1.5]}
print(d)
def mk():
    return [1, 2]
g = [mk(), [0.5]]
print(g)
def use(r):
    grid = [r, [2.5]]
    return grid
a = [1, 2]
print(use(a), a)
b = [7]
c = b
h = [b, [1.5]]
c.append(8)
print(h, c)
ints = [[1, 2], [3]]
ints2 = [[1.5], ints[0]]
print(ints2)
t = ([1], [2.5])
print(t)
s = [[1, 2], [3.5], []]
s[2].append(4)
print(s)
