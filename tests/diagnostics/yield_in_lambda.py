# expect: 2:16: error: 'yield' inside a lambda is not supported yet
f = lambda x: (yield x)
print(list(f(1)))
