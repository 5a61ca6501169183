from itertools import groupby

data = [1, 1, 2, 3, 3, 3, 1]
groups = [g for k, g in groupby(data)]
print([list(g) for g in groups])
it = groupby(data)
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
for k, g in groupby(sorted("mississippi")):
    print(k, len(list(g)))
kept = {}
for k, g in groupby(["ab", "ac", "b", "bc"], key=lambda w: w[0]):
    kept[k] = g
    first = next(g)
    print(k, first)
print({k: list(v) for k, v in kept.items()})
