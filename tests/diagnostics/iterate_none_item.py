# expect: 4:14: error: 'NoneType' object is not iterable
xs = [None] * 3
def f(i):
    for v in xs[i]:
        print(v)
f(0)
