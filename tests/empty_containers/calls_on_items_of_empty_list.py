def g(r):
    return len(r)
def f(grid):
    a = [g(row) for row in grid]
    b = [row + ["x"] for row in grid]
    c = ["x" in row for row in grid]
    d = [sorted(row) for row in grid]
    e = [max(row) for row in grid]
    h = [row.count(1) for row in grid]
    return len(a) + len(b) + len(c) + len(d) + len(e) + len(h)
print(f([]))
print(sum([]), [sum([])], abs(sum([])), max(sum([]), 2))
for x in [sum([])]:
    print(x)
