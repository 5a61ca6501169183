def f(grid):
    return [row[0] for row in grid]
print(f([]))
print(f([[1]]))
