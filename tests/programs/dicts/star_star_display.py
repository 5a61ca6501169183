# {**a, **b, k: v}: the items of each mapping in order; a later key's value wins, keeping the first position
defaults = {"color": 0, "size": 3, "depth": 1}
given = {"size": 5, "name": 7}
merged = {**defaults, **given}
print(merged)
print({"size": 0, **defaults, "color": 9})
print({**{}, **given}, {**given})
counts = {1: 2.5}
ints = {2: 3}
both = {**counts, **ints}
print(both, type(both[2]).__name__)
nested = {"a": [1], **{"b": [2, 3]}}
print(nested, len(nested))
from collections import Counter, defaultdict
c = Counter("abca")
print({**c})
dd = defaultdict(list)
dd["x"].append(1)
print({**dd, "y": [2]})

def noisy(tag, d):
    print("eval", tag)
    return d
print({**noisy(1, {"p": 1}), "q": noisy(2, 2), **noisy(3, {"p": 3})})

maybe = given if len(given) > 5 else None
try:
    print({**defaults, **maybe})
except TypeError as e:
    print("TypeError:", e)
