# expect: 5:11: error: ** arguments are not supported yet
def f(**kw):
    return kw
d = {"a": 1}
print(f(**d))
