# `first, *rest = xs`: the starred name gets a list of the items between the others (of a list, a tuple or a display)
xs = [1, 2, 3, 4]
first, *rest = xs
print(first, rest)
*init, last = xs
print(init, last)
a, *mid, z = xs
print(a, mid, z)
p, *q = (1, 2.5, 3)
print(p, q)
h, *t = "abc".split("b")
print(h, t)
u, *v = [7]
print(u, v)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
t2 = tuple(xs)
f2, *r2 = t2
print(f2, r2)
g, *hs = 1, 2
print(g, hs)
*ks, = [5, 6]
print(ks)
w, *ws = [[1], [2, 3]]
print(w, ws)
