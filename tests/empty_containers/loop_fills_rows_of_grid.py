grid = [[], []]
for row in grid:
    row.append("s")
print(grid)
