# Places read before anything gave them a value, which CPython reports when the read runs: a local
# a function forgot to declare global (`count += 1`), a field no method sets, a container never given
# an item (`xs[0] += 1`, `table[k][j] = v`).  pyzc types them from what would be stored.
count = 0
items = []


def bump():
    count += 1
    return count


def add(v):
    items += [v]


class Stats:
    def __init__(self):
        self.total = 0

    def add(self, k):
        self.total += k
        self.n += 1
        return self.total


for attempt in (bump, lambda: add(3)):
    try:
        print(attempt())
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
s = Stats()
try:
    s.add(5)
except AttributeError as e:
    print("AttributeError:", e, s.total)
table = {}
try:
    table["a"]["b"] = 1
except KeyError as e:
    print("KeyError:", e, table)
grid = []
try:
    grid[0][0] = 1
except IndexError as e:
    print("IndexError:", e, grid)
xs = []
try:
    xs[0] += 1
except IndexError as e:
    print("IndexError:", e, xs)
seen = {}
try:
    seen[(1, "a")] += 1
except KeyError as e:
    print("KeyError:", e, len(seen))
print(count, items)
