# list.sort() as CPython's while code of the program runs during it (a key,
# the items' __lt__): the list is empty meanwhile, so that code sees [];
# adding to it raises "ValueError: list modified during sort" once the sort
# is done, and the list then holds its own items sorted, without what was
# added; an exception from the key puts the items back as they were.


xs = [3, 1, 2]
def k(v: int) -> int:
    print("key sees", xs, len(xs))
    xs.append(v)
    return v
try:
    xs.sort(key=k)
except ValueError as e:
    print("ValueError", e)
print(xs)
def bad(v: int) -> int:
    xs.append(9)
    if v == 2:
        raise KeyError(v)
    return -v
try:
    xs.sort(key=bad)
except KeyError as e:
    print("KeyError", e)
print(xs)
ys = ["b", "a"]
ys.sort(key=lambda s: s + str(len(ys)))
print(ys)
zs = sorted(ys, key=lambda s: len(ys))
print(zs)
ws = [2, 1]
def cl(v: int) -> int:
    ws.clear()
    return v
ws.sort(key=cl, reverse=True)
print(ws)
class P:
    def __init__(self, v: int) -> None:
        self.v = v
    def __lt__(self, o: "P") -> bool:
        ps.append(P(0))
        return self.v < o.v
ps = [P(2), P(1)]
try:
    ps.sort()
except ValueError as e:
    print(e)
print([p.v for p in ps])
class Q:
    def __init__(self, v: int) -> None:
        self.v = v
    def __lt__(self, o: "Q") -> bool:
        print("lt sees", len(qs))
        if self.v == 5:
            raise KeyError("q")
        return self.v < o.v
qs = [Q(2), Q(1)]
qs.sort()
print([q.v for q in qs])
qs.append(Q(5))
try:
    qs.sort()
except KeyError as e:
    print("KeyError", e)
print(len(qs))
