# expect: 4:1: error: 'tuple' object does not support item assignment
xs = [1, 2, 3]
t = tuple(xs)
t[0] = 5
print(t)
