# expect: 3:12: error: '<lambda>' captures 'v', which is int in one call of 'make' and str in another; this is not supported yet
def make(v):
    return lambda: v


a = make(1)
b = make("s")
print(a(), b())
