# expect: 6:9: error: unpacking a list into the *args of a function called through a value is not supported yet
def g(*rest):
    return len(rest)
h = g
xs = [1, 2]
print(h(*xs))
