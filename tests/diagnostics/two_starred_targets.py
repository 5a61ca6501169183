# expect: 3:8: error: multiple starred expressions in assignment
xs = [1, 2, 3]
a, *b, *c = xs
print(a)
