# expect: 3:22: error: format specs for list[int] values are not supported yet
xs = [1, 2]
print("{:>8}".format(xs))
