# expect: 5:5: error: variable 'x' is int but is assigned a str here; a variable must keep one type
x = 1
for i in range(2):
    print(x)
    x = "one"
