# expect: 5:9: error: g(*xs) fills *rest only: pass g's other positional arguments before it (or unpack a tuple of known length)
def g(a, *rest):
    return len(rest)
xs = [1, 2, 3]
print(g(*xs))
