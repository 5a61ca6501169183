# next(it, default) of iterators that never give an item (a list never filled, (), set(), {}, an empty
# dict's views, range(0)): the default, whatever its type; iter() of a dict's views written in place.
print(next(iter([]), "empty"))
xs = []
print(next(iter(xs), "none"))
print(next(iter(()), "tuple"), next(iter(set()), 2.5), next(iter({}), "d"))
ys = []
it = iter(ys)
print(next(it, None))

d = {"a": 1, "b": 2}
print(next(iter(d.items()), None), next(iter(d.values()), None), next(iter(d.keys()), None))
e = {}
print(next(iter(e.items()), None), next(iter(e.values()), "v"), next(iter(e.keys()), 2.5))
print(next(iter(range(0)), 7), next((x for x in []), "g"), next(iter([]), (1, 2)), next(iter(set()), [1]))
xs = []
print(next(iter(xs), None), next(iter(d), None))

d = {"x": 1, "y": 2}
k = next(iter(d))
print(k)
it = iter(d.items())
print(next(it))
print(next(iter(d.items())))
print(next(iter([3, 4])), next(iter("abc")), next(iter(d.values())))
s = {5}
print(next(iter(s)))
print(next(iter([]), "empty"))
counts = {"a": 3, "b": 5}
vals = iter(counts.values())
print(next(vals), next(vals), next(vals, -1))
ks = iter(counts.keys())
print(list(ks))
for k, v in iter(counts.items()):
    print(k, v)
