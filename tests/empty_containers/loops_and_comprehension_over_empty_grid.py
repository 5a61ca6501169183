def f(grid):
    for row in grid:
        for c in row:
            print(c + 1)
    return [[c * 2 for c in row] for row in grid]
print(f([]))
