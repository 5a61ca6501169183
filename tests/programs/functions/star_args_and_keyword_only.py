# *args (the extra positional arguments as a tuple, of any length) and keyword-only parameters
def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def join_all(sep, *parts, upper=False):
    r = sep.join(parts)
    return r.upper() if upper else r


def g(a, *, k=3, m):
    return a + k * m


print(total(1, 2, 3), total(), total(5))
print(join_all("-", "a", "b"), join_all(",", "x", upper=True), join_all("+"))
print(g(1, m=2), g(1, k=5, m=1))


def show(*items):
    print(len(items), items)


show()
show(1.5, 2.5)
show("a")
