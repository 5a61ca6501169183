# d.popitem(): the last item as a (key, value) tuple, removed; KeyError 'popitem(): dictionary is
# empty' when there is none (caught, and uncaught at the end: the traceback and exit status 1).
# Of a Counter and a defaultdict too; a key popped and stored again goes last.
# pyzc refused it ("dict.popitem() is not supported yet").

from collections import Counter, defaultdict
d = {"a": 1, "b": 2, "c": 3}
k, v = d.popitem()
print(k, v, d)
d["z"] = 9
while d:
    print(d.popitem())
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
c = Counter("hello")
print(c.popitem(), c)
dd = defaultdict(list)
dd[1].append("x")
dd[2].append("y")
print(dd.popitem(), dict(dd))
m = {i: [i] * i for i in range(5)}
for _ in range(3):
    key, val = m.popitem()
    m[key + 10] = val
print(m)
e = {}
e.popitem()
