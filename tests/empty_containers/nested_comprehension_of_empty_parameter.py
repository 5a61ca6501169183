def f(grid):
    return [[c for c in row] for row in grid]
print(f([]))
print(f([["a"]]))
