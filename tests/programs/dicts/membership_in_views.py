# `x in d.values()`, `(k, v) in d.items()` (each compared until one is equal) and `k in d.keys()`
# (a lookup).  pyzc refused them ("d.values() is supported where it is iterated").

from collections import Counter
ages = {"ann": 31, "bob": 25, "cy": 31}
print(31 in ages.values(), 40 in ages.values(), 40 not in ages.values())
print("bob" in ages.keys(), "zed" in ages.keys(), "zed" not in ages.keys())
print(("cy", 31) in ages.items(), ("cy", 30) in ages.items())
c = Counter("hello")
print(2 in c.values(), "l" in c.keys())
grid = {(0, 0): "x", (1, 2): "o"}
print("o" in grid.values(), (1, 2) in grid.keys())
if max(ages.values()) in ages.values():
    print("max found")
