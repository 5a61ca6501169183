def f(xs):
    ys = list(xs)
    ys.append("a")
    zs = sorted(xs)
    zs.append("b")
    return ys, zs
print(f([]))
rows = [[], []]
r = rows.pop()
r.append(1.5)
print(rows, r)
