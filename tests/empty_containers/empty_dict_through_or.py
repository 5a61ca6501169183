def f(flag):
    out = [] if flag else ["a"]
    return out
print(f(True), f(False))
def g(d):
    e = d or {}
    e["k"] = 1
    return e
print(g({}))
