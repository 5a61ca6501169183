def f(xs):
    return sorted(xs)
r = f([])
print(r)
def g(xs):
    xs.append("b")
    return sorted(xs)
print(g([]))
