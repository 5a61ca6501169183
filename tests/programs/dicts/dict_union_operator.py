# d | e (Python 3.9+): a new dict with d's items updated by e's; d and e are unchanged.  |= updates
# in place.  A defaultdict stays a defaultdict.
from collections import defaultdict

d = {"x": 1, "y": 2}
e = {"y": 20, "w": 3}
u = d | e
print(u, e | d, d, e, u is d)
print(d | {}, {} | d, d | d)
grid = {}
grid = grid | {(0, 1): "wall"}
print(grid)
dd = defaultdict(int)
dd["k"] += 1
both = dd | defaultdict(int)
both["new"] += 2
print(dict(both), dict(dd))
f = d
f |= e
print(d, f is d)
