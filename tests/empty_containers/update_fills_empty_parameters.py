def f(d):
    d.update({"k": 1.5})
    return d
print(f({}))
def g(s):
    s.update(["x"])
    return sorted(s)
print(g(set()))
