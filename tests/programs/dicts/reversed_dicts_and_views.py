# reversed() of a dict and of its keys, values and items views (CPython 3.8+): from the last
# entry down, deleted entries skipped, CPython's RuntimeError when the size changes meanwhile.
from collections import Counter, defaultdict

d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
d["e"] = 5
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
for k, v in reversed(d.items()):
    print(k, v)
print([k * 2 for k in reversed(d) if k != "c"], sorted(reversed(d.values())))
print(list(reversed({})), tuple(reversed({1: 2})))

counts = Counter("abracadabra")
print(list(reversed(counts)), list(reversed(counts.items())))
groups = defaultdict(list)
for w in ["x", "yy", "zz", "w"]:
    groups[len(w)].append(w)
print(list(reversed(groups.items())))


def swap_back(m: dict[int, str]) -> None:
    seen = []
    for k in reversed(m):
        seen.append(k)
        if k == 3:
            del m[1]  # ahead of the walk (it goes down): never reached
            m[9] = "nine"  # past where the walk began: never reached
    print("swap back:", seen, m)


swap_back({1: "one", 2: "two", 3: "three"})


def grows(m: dict[str, int]) -> None:
    try:
        for k in reversed(m):
            m[k + "!"] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(m)


grows({"p": 1, "q": 2})
many = {i: i * i for i in range(40)}
for i in range(0, 40, 3):
    del many[i]
print(list(reversed(many))[:10], sum(reversed(many.values())))

# held as values: made where they are (a later change of size is CPython's RuntimeError)
it = reversed(d)
print(next(it), list(it))


def walk_back(m: dict[str, int]):
    return reversed(m.items())


print(list(walk_back(d)))
it2 = reversed(d)
d["z"] = 26
try:
    print(list(it2))
except RuntimeError as e:
    print("RuntimeError", e)
