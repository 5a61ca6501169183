# expect: 5:9: error: unpacking into arguments is supported for tuples of known length, and for a list, a tuple or a str as the last positional argument, for now
def g(a, b, c):
    return a
xs = [1, 2]
print(g(*xs, 3))
