# max/min/sorted of a dict ranked by its own get (`max(counts, key=counts.get)`): the key never
# gives None for the dict's own keys.  pyzc refused it ("this value may be None").

from collections import Counter
counts = {"a": 3, "b": 7, "c": 5}
print(max(counts, key=counts.get), min(counts, key=counts.get), sorted(counts, key=counts.get))
print(sorted(counts.keys(), key=counts.get, reverse=True))
c = Counter("mississippi")
print(max(c, key=c.get))
def best(d):
    return max(d, key=d.get)
print(best({1: 0.5, 2: 2.5}), best({"x": 1}))
