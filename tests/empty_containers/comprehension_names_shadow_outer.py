row = ["a", "b"]
grid = [[1], [2, 3]]
print([[x for x in row] for x in grid])
print([x for x in [x for x in row]])
x = 5
print([x for x in [x * 2 for x in grid[1]]], x)
