# Counter's multiset arithmetic: + - | & make a new Counter of the positive results (the left
# operand's keys first, then the right's), unary + and - keep the positive counts or negate the
# negative ones, and Counter() / update() take a mapping of counts as well as an iterable.
from collections import Counter

a = Counter("abracadabra")
b = Counter("aabzz")
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(b & a, b | a)

n = Counter("xyw")
n["x"] = -3
n["q"] = 0
print(+n, -n, n)
print(n + Counter(), n - Counter(), Counter() - n)

inventory = {"apple": 3, "pear": 0, "fig": -2}
c = Counter(inventory)
print(c, len(c))
c.update({"apple": 1, "kiwi": 5})
print(c)
c.update(["fig", "fig", "fig"])
print(c, c.most_common(2))
e = Counter({})
e.update({"z": 1})
print(e, Counter({"x": 2, "y": 1}) + Counter({"y": 4}))

totals = Counter()
for word in "the cat and the hat and the bat".split():
    totals += Counter([word])
print(totals.most_common(3), sum(totals.values()))
print(sorted(totals - Counter(["the", "the"])))
