def g(ys, v):
    ys.append(v)
def f(xs):
    g(xs, "q")
    g(xs, "r")
    return xs
print(f([]))
