class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n

    def label(self, prefix, *rest, sep="-"):
        return prefix + sep + self.name + sep.join(rest)


class Loud(Counter):
    def bump(self, by=1):
        self.n += 10 * by
        return self.n


c = Counter("c")
inc = c.bump
inc()
inc(5)
print(c.n, inc())
objs = [Counter("a"), Loud("b")]
bumps = [o.bump for o in objs]
print([b(2) for b in bumps], [o.n for o in objs])
table = {"lab": c.label}
print(table["lab"]("x", "y", "z", sep="+"))
print(inc.__name__)


def apply_all(fs, v):
    return [f(v) for f in fs]


print(apply_all([c.bump, objs[1].bump], 3))
print(sorted(map(c.label, ["p", "q"])))
