# expect: 3:7: error: a precision with %d is not supported yet
n = 5
print("%.3d" % n)
