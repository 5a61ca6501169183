# A tour of dicts and sets: counting, grouping, views, comprehensions, set algebra in CPython order; ends in KeyError.
words = "the quick brown fox jumps over the lazy dog the end fox".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(len(counts), "the" in counts, "cat" in counts, counts["fox"])
for k, v in counts.items():
    if v > 1:
        print(k, v)
print(sorted(counts.items()))
print(sorted(counts), sum(counts.values()))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
del counts["the"]
print(counts.pop("fox"), counts.pop("zzz", -1), counts)
sq = {n: n * n for n in range(6)}
print(sq)
s = {5, 1, 3}
s.add(10)
s.discard(1)
print(s, 3 in s, len(s))
t = set([3, 4, 5, 6])
print(s | t, s & t, s - t, s ^ t, sorted(t))
print({x % 4 for x in range(10)})
pts = {(1, 2): "a", (0, 0): "origin"}
print(pts[(0, 0)], pts)
print({"a", "b"} == {"b", "a"}, {1, 2} <= {1, 2, 3})
e = {}
e["x"] = 1.5
print(e, dict(e))
print(counts["missing"])
