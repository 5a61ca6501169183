# expect: 5:10: error: unpacking a set[int] into positional arguments is not supported yet (a list, a tuple or a str is): spread list(...) of it
def g(a, b):
    return a
s = {1, 2}
print(g(*s))
