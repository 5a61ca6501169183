import json
from collections import Counter, defaultdict, deque

class P:
    def __init__(self, x):
        self.x = x

print(json.dumps([1, 2.5, True]))
print(json.dumps((1, "a", [2.0])))
print(json.dumps({"k": (1, "a")}, indent=3))
c = Counter("abca")
print(json.dumps(c, sort_keys=True))
d = defaultdict(list)
d["x"].append(1)
print(json.dumps(d))
print(json.dumps({"a": None, "b": 2}))
print(json.dumps([P(1)][:0]))
print(json.dumps({True: 1, False: 2}))
print(json.dumps({"n": None}))
print(json.dumps({1.5: 1, float("nan"): 2}))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({"a": {"b": {"c": [[1, 2], [3]]}}}, indent=1, separators=(", ", " = ")))
print(json.dumps(12345678901234))
print(json.dumps(-0.0), json.dumps(1e300), json.dumps(1e-7), json.dumps(0.1 + 0.2))
print(json.dumps("\ud800"))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
for bad in [b"x"]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.dumps(deque([1]))
except TypeError as e:
    print(e)
try:
    json.dumps([P(2)])
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps([float("inf")], allow_nan=False, indent=2)
except ValueError as e:
    print(e)
