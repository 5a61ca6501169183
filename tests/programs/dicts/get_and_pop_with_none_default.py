# d.get(k, None) and d.pop(k, None): the value, or None for a missing key, for any value type;
# the dict keeps its own value type.
class User:
    def __init__(self, name):
        self.name = name


def evict(cache, key):
    old = cache.pop(key, None)
    if old is None:
        return "miss"
    return f"evicted {old}"


sessions = {"ann": [1, 2], "bob": [3]}
gone = sessions.pop("ann", None)
print(gone, sessions)
if gone is not None:
    print(len(gone) + 1)
print(sessions.pop("zed", None), sessions)

names = {1: "one", 2: "two"}
n = names.get(3, None)
print(n.upper() if n is not None else "missing", names.get(1, None))
print(evict(names, 1), evict(names, 1), names)

maybe = None
for k in (2, 5):
    print(k, names.pop(k, maybe), names)

prices = {"tea": 2.5}
print(prices.get("tea", None), prices.get("cake", None), prices.pop("tea", None), prices)
counts = {"x": 3}
counts.pop("x", None)
counts.pop("x", None)
print(counts)
pts = {"p": (1, 2)}
print(pts.pop("p", None), pts.pop("p", None), pts)

labels = {7: "seven", 8: "eight"}
opt = labels.get(8)
print(labels.pop(8, opt), labels.pop(8, opt), labels.pop(7, opt), labels)

users = {"u1": User("ann")}
u = users.pop("u1", None)
print(u.name if u is not None else None, users.pop("u1", None))
