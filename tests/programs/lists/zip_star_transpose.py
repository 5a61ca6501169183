# zip(*rows): the columns of a list of rows, as tuples; stops at the shortest row
grid = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*grid)))
for col in zip(*grid):
    print(col, sum(col), len(col))
cols = [list(c) for c in zip(*grid)]
print(cols)
back = [list(r) for r in zip(*cols)]
print(back == grid)
print(list(zip(*["abc", "de"])))
print(list(zip(*[])), list(zip(*[[1.5, 2.0]])))
ragged = [[1, 2, 3], [4], [5, 6]]
print(list(zip(*ragged)))
names = [("x", "y"), ("p", "q")]
print(list(zip(*names)))
rotated = [list(r)[::-1] for r in zip(*grid)]
print(rotated)
it = zip(*grid)
print(next(it), next(it))
print(max(zip(*grid)))
pts = [(1.0, 2.0), (3.0, 4.5), (0.5, 1.0)]
xs, ys = zip(*pts)
print(xs, ys, max(xs), sum(ys) / len(ys))
try:
    a, b = zip(*grid)
    print(a, b)
    u, v = zip(*pts)
except ValueError as e:
    print("ValueError:", e)
