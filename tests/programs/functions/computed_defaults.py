# Defaults that are not constants: evaluated once, when the def runs, in program
# order, and shared between the calls that omit them (a mutated default keeps
# its changes, as in CPython).
SIZE = 3
trace = []


def remember(what):
    trace.append(what)
    return len(trace)


class Point:
    ZERO = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx=ZERO + 1, seen=[1, 2]):
        seen.append(dx)
        return Point(self.x + dx, self.y + len(seen))


def scaled(x, factor=SIZE * 2, history=[0], stamp=remember("scaled")):
    history.append(x)
    return x * factor + len(history) + stamp


SIZE = 100  # the default above was computed from the old value
print(scaled(1), scaled(2), scaled(3, 1))


def bump(p=Point(1, 2), tag=("a", 1)):
    p.x += 1
    return p.x, tag


print(bump(), bump(), bump(Point(10, 0)), bump())


def grid(rows=[[0] * 2 for _ in range(2)], flags=9 * [True]):
    rows[0][0] += 1
    flags[0] = not flags[0]
    return rows[0][0], flags[0], len(flags)


print(grid(), grid())
later = remember("later")


def pick(n=len(trace), names={"a": 1}):
    names["b"] = names.get("b", 0) + 1
    return n, sorted(names.items())


print(pick(), pick(7))
p = Point(0, 0).moved()
print(p.x, p.y, Point(0, 0).moved().y, Point(0, 0).moved(5).x)
print(trace, later)
