def f(grid):
    return [[x for x in x] for x in grid]
print(f([[1, 2], [3]]))
print(f([]))
