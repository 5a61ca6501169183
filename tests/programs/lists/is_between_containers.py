# is / is not between lists, dicts and sets compares identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
d = {"k": a}
print(d["k"] is a, d["k"] is c)
s = {1}
t = s
print(s is t, s is not set(s))
names = ["x"]
print(a is names, a is not names)


def pick(xs, ys, first):
    return xs if first else ys


print(pick(a, c, True) is a, pick(a, c, False) is a)
grid = [[0] * 2 for _ in range(2)]
print(grid[0] is grid[1], grid[0] is grid[0])
