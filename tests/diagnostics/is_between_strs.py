# expect: 4:7: error: 'is' comparisons other than 'is None' and between objects, bools or ints are not supported yet
a = "x" * 3
b = "xxx"
print(a is b)
