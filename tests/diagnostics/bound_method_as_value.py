# expect: 3:5: error: a bound method as a value (list.append) is not supported yet; call it, or wrap it in a lambda
xs = [1]
f = xs.append
f(2)
print(xs)
