# Counters and defaultdicts filled inside functions take their key/value types from there; defaultdict.update/copy; enumerate/any/zip over deques and itertools
import collections
import itertools
def add(c, w):
    c[w] += 1
def group(g, k, v):
    g[k].append(v)
c = collections.Counter()
for w in "a b a c".split():
    add(c, w)
print(c)
g = collections.defaultdict(list)
group(g, "x", 1.5)
group(g, "y", 2.0)
print(g)
dd = collections.defaultdict(int)
dd.update({"a": 5})
dd["b"] += 1
print(dd, dd.copy())
for i, x in enumerate(collections.deque("xyz")):
    print(i, x)
print(any(x > 2 for x in collections.deque([1, 3])), set(itertools.chain([1, 2], [2, 3])))
print({k: v for k, v in zip("ab", itertools.count(1))})
total = 0
for a, b, c2 in itertools.product(range(3), range(3), range(3)):
    if a + b + c2 == 4:
        total += 1
print(total)
