def g(xs):
    ys = xs[:]
    ys.append(2.5)
    return ys
print(g([]))
