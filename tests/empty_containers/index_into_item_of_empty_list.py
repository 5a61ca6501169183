def first(grid):
    return grid[0][0] if grid else 0
print(first([]))
