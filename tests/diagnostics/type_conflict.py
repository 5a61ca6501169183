# expect: 3:1: error: variable 'x' is int but is assigned a str here; a variable must keep one type
x = 1
x = "one"
print(x)
