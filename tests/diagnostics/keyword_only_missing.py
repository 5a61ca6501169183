# expect: 6:7: error: g() missing 1 required keyword-only argument: 'm'
def g(a, *, m):
    return a + m


print(g(1))
