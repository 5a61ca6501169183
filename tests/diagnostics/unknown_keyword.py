# expect: 5:12: error: f() got an unexpected keyword argument 'c'
def f(a, b=2):
    return a + b

print(f(1, c=3))
