# expect: 5:9: error: unpacking into arguments is supported for tuples of known length only, for now
def g(*a):
    return len(a)
xs = [1, 2, 3]
print(g(*xs))
