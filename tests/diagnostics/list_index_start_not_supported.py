# expect: 3:7: error: list.index() with 2 arguments is not supported yet
xs = [1, 2, 3]
print(xs.index(2, 1))
