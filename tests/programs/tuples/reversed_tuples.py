# reversed() of a tuple whose items share a type (or are numbers): a display, a name, a function's
# *args, a tuple of tuples unpacked as it is iterated, a tuple of functions, the empty tuple, and
# reversed() inside list(), sorted(), sum(), max(), join() and comprehensions.  pyzc refused them
# with "'tuple[...]' object is not reversible", which CPython never says of a tuple.


def doubled_backwards(*xs):
    return [x * 2 for x in reversed(xs)]


def compose(*fs):
    def run(x):
        for g in reversed(fs):
            x = g(x)
        return x
    return run


t = (1, 2, 3)
print(list(reversed(t)), tuple(reversed(t)), sorted(reversed((3, 1, 2))))
print(doubled_backwards(4, 5, 6), doubled_backwards())
for word in reversed(("a", "bc", "")):
    print(repr(word))
print(sum(reversed((1, 2.5))), [type(v).__name__ for v in reversed((1, 2.5, True))])
for n, s in reversed(((1, "x"), (2, "y"))):
    print(n, s)
print([c for c in reversed(("p", "q", "r")) if c != "q"], max(reversed(t)), "".join(reversed(("a", "b", "c"))))
print(list(reversed(())))
print(compose(lambda x: x * 2, lambda x: x + 1)(5), compose()(7))
total = 0
for i, v in enumerate(reversed(t)):
    total += i * v
print(total)
