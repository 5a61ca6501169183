# expect: 4:16: error: the keyword arguments that **kw of f() collects have different types (int and str); that is not supported yet
def f(**kw):
    return kw
print(f(a=1, b="x"))
