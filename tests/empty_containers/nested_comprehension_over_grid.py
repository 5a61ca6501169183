grid = [[1, 2], [3, 4]]
print([[x for x in row] for x in grid for row in [x]])
print([[x * 2 for x in row] for row in grid])
