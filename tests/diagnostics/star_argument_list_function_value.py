# expect: 6:9: error: unpacking into arguments is supported for tuples of known length, and for a list, a tuple or a str as the last positional argument, for now
def g(a, b):
    return a
h = g
xs = [1, 2]
print(h(*xs))
