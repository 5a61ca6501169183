best = {}
best[1] = (3, 4)
best[2] = None
for k in [1, 2, 3]:
    m = best.get(k)
    print(k, m, m is None)
scores = {"a": 1.5, "b": None}
print(scores.get("a"), scores.get("b"), scores.get("c"), scores.get("c", 2.5))
names = {1: "x"}
names[2] = None
print(names.get(2), names.get(1), names.get(9))
