def f(grid):
    out = [[c for c in row] for row in grid]
    out.append(["z"])
    return out
print(f([]))
