# dict, defaultdict and Counter methods, declared in pyzc/primitives/dict_ops.py
from collections import Counter, defaultdict

d = {}
d["a"] = 1
print(d.get("a", 0), d.get("z", 5), d.setdefault("b", 2), d.setdefault("b", 9), d.pop("a"), d.pop("q", 7))
g = {}
g.setdefault("x", []).append(3)
g.setdefault("x", []).append(4)
print(g)
d.update({"c": 3})
d.update()
e = d.copy()
d.clear()
print(d, e, len(e))
for k in e.keys():
    print("key", k)
print(list(e.values()), list(e.items()), sorted(e.items()))
nums = {1: 1.5}
print(nums.get(1, 0.0), nums.pop(1, 2.5), nums.get(True, 0.5))
c = Counter("abracadabra")
print(c.most_common(2), c.most_common(), c.most_common(None), c.most_common(n=1), c.most_common(-1), c.total())
c.update("zzz")
c.update()
c.update(w for w in "ab")
print(c.most_common(2), c.total(), c.get("a", 0), c.get("?", -1))
dd = defaultdict(list)
dd["a"].append(1)
dd.update({"b": [2]})
print(dict(dd), dd.get("a", []), dd.pop("b"))
try:
    d.pop("nope")
except KeyError as ex:
    print("KeyError", ex)
