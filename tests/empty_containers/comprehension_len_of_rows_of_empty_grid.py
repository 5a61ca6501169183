def f(grid):
    return [len(row) for row in grid]
print(f([]))
