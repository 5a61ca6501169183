def f(grid):
    return [x for row in grid for x in row]
print(f([]))
r = f([[]])
print(r)
