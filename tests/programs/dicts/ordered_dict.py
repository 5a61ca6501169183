# collections.OrderedDict: a dict whose order counts in == between two of them, with move_to_end and
# popitem(last=...), printed as CPython 3.11 prints it; an LRU cache as programs write one.
from collections import OrderedDict
import collections


class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()

    def get(self, k):
        if k not in self.data:
            return -1
        self.data.move_to_end(k)
        return self.data[k]

    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.cap:
            old = self.data.popitem(last=False)
            print("evict", old)


c = LRU(2)
c.put(1, 1)
c.put(2, 2)
print(c.get(1))
c.put(3, 3)
print(c.get(2), c.get(3))
c.put(4, 4)
print(c.get(1), c.get(3), c.get(4))
print(c.data, len(c.data), list(c.data), list(c.data.items()))

od = OrderedDict([("b", 2), ("a", 1)], z=26)
print(od, repr(od), str(od))
od["c"] = 3
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, list(od.keys()), list(od.values()))
od.move_to_end("a", False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
e = OrderedDict()
print(e, len(e), bool(e))
try:
    e.popitem()
except KeyError as err:
    print("KeyError", err)
try:
    e.popitem(last=False)
except KeyError as err:
    print("KeyError", err)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(x) == y, x == x.copy())
y.move_to_end("b")
print(x == y)
print(type(x).__name__, isinstance(x, dict))
z = collections.OrderedDict({"k": [1, 2]})
z["k"].append(3)
z.setdefault("m", []).append(4)
print(z, z.get("q", [0]), z.pop("m"), z)
for k, v in x.items():
    print(k, v)
nested = [OrderedDict(a=1), OrderedDict(b=2)]
print(nested, nested[0] == OrderedDict(a=1))
w = OrderedDict()
for i in range(20):
    w[i % 7] = i
    if i % 3 == 0:
        w.move_to_end(i % 7, last=i % 2 == 0)
print(w)
del w[3]
w.update({100: 1, 0: -1})
print(w, w.copy())
print({k: v for k, v in w.items() if v > 10})
print(sorted(w), list(reversed(w)))
try:
    print(x["nope"])
except KeyError as err:
    print("KeyError", err)

from typing import Dict


class Cache:
    def __init__(self):
        self.store: OrderedDict = OrderedDict()
        self.hits: Dict[str, int] = {}

    def add(self, k: str, v: int) -> None:
        self.store[k] = v
        self.hits[k] = self.hits.get(k, 0) + 1


c = Cache()
c.add("x", 1)
c.add("y", 2)
c.add("x", 3)
print(c.store, c.hits)
od = OrderedDict()
od["p"] = 1.5
print(f"{od}", "%s" % od, str(od) == repr(od))


# Changed while a loop walks it: CPython's odictiter errors.
od = OrderedDict(a=1, b=2, c=3)
try:
    for k in od:
        od.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError", e)
print(od)
try:
    for k in od:
        od.move_to_end(k, last=False)
except RuntimeError as e:
    print("RuntimeError", e)
print(od)
for op in range(6):
    od = OrderedDict(a=1, b=2, c=3)
    try:
        for k in od:
            if op == 0:
                del od[k]
            elif op == 1:
                od["new"] = 1
            elif op == 2:
                od[k] = 9
            elif op == 3:
                od.pop(k)
            elif op == 4:
                od.popitem()
            else:
                od.clear()
        print(op, "no error", od)
    except RuntimeError as e:
        print(op, e, od)
od = OrderedDict(a=1, b=2, c=3)
try:
    for k, v in od.items():
        od.move_to_end("a")
except RuntimeError as e:
    print("items", e)
try:
    for v in od.values():
        od["z"] = 0
except RuntimeError as e:
    print("values", e)
try:
    for k in reversed(od):
        od.move_to_end(k)
except RuntimeError as e:
    print("reversed", e)
print(od)


# After the last key was given, the walk is over: a change then is not noticed (CPython's odictiter
# finds the next key when it gives one), and a key moved to the end it is at changes nothing.
od = OrderedDict({3: 1, 4: 2})
try:
    for key in od:
        print("key", key)
        od.move_to_end(key, last=False)
except RuntimeError as e:
    print("RuntimeError", e)
print(od)
one = OrderedDict(a=1)
for name in one:
    one["z"] = 2
print(one)
try:
    for name in reversed(one):
        one.move_to_end("a")
        print(name)
except RuntimeError as e:
    print("RuntimeError", e)
print(one)
