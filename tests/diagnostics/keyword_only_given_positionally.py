# expect: 6:7: error: g() takes 1 positional argument but 2 were given
def g(a, *, k=3, m):
    return a + k + m


print(g(1, 2))
