def g(ys, v):
    ys[v] = (v, 1.5)
def f(xs):
    g(v="q", ys=xs)
    return len(xs)
print(f(xs={}))
