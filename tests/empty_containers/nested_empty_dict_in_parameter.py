def f(m):
    m["a"] = {}
    m["a"]["b"] = 1
    return m
print(f({}))
