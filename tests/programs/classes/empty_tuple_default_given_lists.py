# `def __init__(self, deps=()): self.deps = set(deps)`, called with a list and without: the empty
# tuple default takes its items' type from the field, as a tuple (a list passed is its own
# instance). pyzc said "variable 'deps' is tuple[<unknown>, ...] but is assigned a list[str]".


class Task:
    def __init__(self, name, deps=()):
        self.name = name
        self.deps = set(deps)
        self.order = list(deps)


def f(deps=()):
    return set(deps)


print(f(["a"]), f())
a = Task("a")
b = Task("b", ["a"])
c = Task("c", ("a", "b"))
for t in (a, b, c):
    print(t.name, sorted(t.deps), t.order, len(t.deps))
