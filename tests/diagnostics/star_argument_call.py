# expect: 6:9: error: unpacking an expression into arguments is not supported yet; assign it to a variable first
def g(a, b):
    return a
def pair():
    return (1, 2)
print(g(*pair()))
