# Lambdas and nested functions that read variables of the function defining
# them, held in variables, lists and dicts of that function and called there.
# A call reads the variables as they are then (CPython's late binding).


def scale_all(xs, k):
    out = []
    times_k = lambda x: x * k
    for x in xs:
        out.append(times_k(x))
    k = 100  # the next call sees the new k
    out.append(times_k(1))
    return out


def late_binding():
    makers = [lambda: i * 10 for i in range(3)]
    return [make() for make in makers]


def dispatch(n):
    base = 10

    def add(x):
        return x + base + n

    def sub(x):
        return x - base

    ops = {"add": add, "sub": sub, "neg": lambda x: -x - n}
    base = 20
    return [ops[name](n) for name in ["add", "sub", "neg", "add"]]


def ranked(words, longest_first):
    size = lambda w: -len(w) if longest_first else len(w)
    return sorted(words, key=size), min(words, key=lambda w: size(w)), max(map(size, words))


def counter():
    count = [0]
    bump = lambda by: count.append(count[-1] + by)
    for step in (1, 2, 3):
        bump(step)
    return count


class Grid:
    def __init__(self, width):
        self.width = width

    def cells(self, rows):
        at = lambda r, c: r * self.width + c
        return [at(r, c) for r in range(rows) for c in range(self.width)]


print(scale_all([1, 2], 3), late_binding(), dispatch(5))
print(ranked(["aa", "b", "ccc"], True), ranked(["aa", "b", "ccc"], False))
print(counter(), Grid(3).cells(2))
