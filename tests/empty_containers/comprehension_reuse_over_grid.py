grid = [[1, 2], [3]]
x = [[x for x in row] for row in grid]
print(x)
y = [x for x in [x for x in grid]]
print(y)
z = [[x for x in x] for x in grid]
print(z)
