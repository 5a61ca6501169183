# expect: 5:9: error: unpacking into arguments is supported for tuples of known length, and for any iterable as the last argument of a function with *args, for now
def g(a, b):
    return a
xs = [1, 2]
print(g(*xs))
