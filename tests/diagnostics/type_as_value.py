# expect: 3:5: error: type() is supported as type(x).__name__ and in comparisons (type(x) is T, type(a) == type(b)) for now
x = 1
t = type(x)
print(t)
