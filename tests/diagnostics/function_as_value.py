# expect: 4:5: error: using function 'f' as a value is not supported yet
def f():
    return 1
g = f
