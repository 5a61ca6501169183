def h(zs):
    zs["k"] = (1, 2)
def g(ys):
    h(ys)
def f(xs):
    g(xs)
    return xs
print(f({}))
