# Functions that return a tuple or None, results compared, unpacked after a check, kept in lists.
def search(grid, want):
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v == want:
                return i, j
    return None


grid = [[1, 2], [3, 4]]
hits = []
for w in range(6):
    at = search(grid, w)
    if at is None:
        print(w, "missing")
        continue
    i, j = at
    hits.append(at)
    print(w, "at", i, j, at == (i, j), at != (0, 0))
print(hits)
best = None
best_score = -1
for h in hits:
    score = h[0] * 10 + h[1]
    if score > best_score:
        best, best_score = h, score
print(best, best_score)
maybe = [search(grid, 4), search(grid, 9)]
print(maybe, maybe[0] == (1, 1), maybe[1] is None, len(maybe))
try:
    a, b = search(grid, 7)
except TypeError as e:
    print("TypeError:", e)
