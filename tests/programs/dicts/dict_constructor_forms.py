# dict(pairs), dict(zip(...)), dict(generator of pairs), dict(a=1), dict(mapping, k=v).
pairs = [("a", 1), ("b", 2), ("a", 3)]
d = dict(pairs)
print(d, len(d))
e = dict(x=1, y=2)
print(e)
f = dict(d)
f["z"] = 26
print(d, f)
g = dict(d, b=20, q=5)
print(g)
keys = ["one", "two", "three"]
h = dict(zip(keys, range(1, 4)))
print(h)
sq = dict((i, i * i) for i in range(5))
print(sq)
units = dict([(s, [u for u in "abc" if u != s]) for s in "abc"])
print(units)
inv = dict((v, k) for k, v in h.items())
print(inv)
em = dict()
em[1.5] = "x"
print(em)
