# break and continue in nested for and while loops.
total = 0
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 14:
        break
    total += i
    print("add", i, "total", total)
print("total", total)

pairs_found = 0
for a in range(1, 10):
    for b in range(a, 10):
        if a * b > 30:
            break
        if (a + b) % 4 != 0:
            continue
        print("pair", a, b, "sum", a + b, "product", a * b)
        pairs_found += 1
print("pairs found", pairs_found)

n = 0
skipped = 0
while True:
    n += 1
    if n % 2 == 0:
        skipped += 1
        continue
    if n > 15:
        break
    print("odd", n)
print("stopped at", n, "skipped", skipped)

words = ["alpha", "", "beta", "#comment", "gamma", "STOP", "delta"]
kept = []
for w in words:
    if w == "":
        continue
    if w.startswith("#"):
        continue
    if w == "STOP":
        break
    kept.append(w.upper())
print(kept)

grid = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
found_row = -1
found_col = -1
for r in range(len(grid)):
    for c in range(len(grid[r])):
        if grid[r][c] < 0:
            found_row = r
            found_col = c
            break
    if found_row >= 0:
        break
print("negative at", found_row, found_col)
