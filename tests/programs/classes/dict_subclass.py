# class C(dict): the object is a dict with methods of its own
class Registry(dict):
    def add(self, name, value):
        self[name] = value
    def total(self):
        return sum(self.values())

r = Registry()
print(r, len(r), bool(r), isinstance(r, dict), isinstance(r, list))
r.add("b", 2)
r.add("a", 1)
r["c"] = 3
print(r, len(r), r["a"], "a" in r, "z" in r, r.get("z"), r.get("z", 0), r.total())
for k in r:
    print(k, r[k])
for k, v in r.items():
    print(k, "=", v)
print(list(r.keys()), sorted(r.values()), sorted(r))
del r["b"]
print(r, r.pop("a"), r, r.setdefault("d", 4), r)
r.update({"e": 5})
print(r == {"c": 3, "d": 4, "e": 5}, r.copy())
try:
    print(r["missing"])
except KeyError as e:
    print("KeyError:", e)

# __missing__ answers a missing key, as CPython's dict calls it
class Memo(dict):
    def __init__(self, f):
        self.f = f
    def __missing__(self, n):
        v = self.f(n)
        self[n] = v
        return v
def square(n):
    print("computing", n)
    return n * n
m = Memo(square)
print(m[4], m[4], m[5], len(m), m)

class Counts(dict):
    def __init__(self, words):
        super().__init__()
        for w in words:
            self[w] = self.get(w, 0) + 1
c = Counts("a b a c a".split())
print(c, max(c, key=lambda w: c[w]))
print(Registry({"x": 1}), Registry([("y", 2)]))
