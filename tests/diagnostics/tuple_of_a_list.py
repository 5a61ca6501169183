# expect: 3:5: error: tuple() of a list[int] is not supported yet: a tuple's length must be known when compiling (tuple of a tuple is); use list(...) or a tuple display
xs = [1, 2, 3]
t = tuple(xs)
print(t)
