# expect: 3:7: error: 'list' object has no attribute 'foo'
xs = [1]
print(xs.foo)
