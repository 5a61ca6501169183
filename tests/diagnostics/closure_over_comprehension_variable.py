# expect: 3:27: error: 'i' is shared with a nested function; binding it here (in a comprehension, or by del) is not supported yet
def make():
    return [lambda: i for i in range(3)]


print([f() for f in make()])
