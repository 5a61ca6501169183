# expect: 3:12: error: 'list' object is not an iterator
xs = [1, 2]
print(next(xs))
