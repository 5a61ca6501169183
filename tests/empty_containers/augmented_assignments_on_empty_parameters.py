def f(s):
    s |= {"a"}
    return s
print(f(set()))
def g(xs):
    xs += ["b"]
    return xs
print(g([]))
def h(xs):
    xs *= 2
    return xs
print(h([]))
