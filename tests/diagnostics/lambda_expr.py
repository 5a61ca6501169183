# expect: 2:5: error: lambda expressions are not supported yet
f = lambda x: x + 1
print(f(2))
