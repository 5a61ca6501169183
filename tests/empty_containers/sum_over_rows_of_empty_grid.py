def f(grid):
    return sum(len(row) for row in grid) + sum([r[0] for r in grid])
print(f([]))
