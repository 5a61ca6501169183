def f(grid):
    return sum(len(row) for row in grid)
print(f([]))
