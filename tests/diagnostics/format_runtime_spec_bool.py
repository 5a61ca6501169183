# expect: 4:20: error: format() of a bool value with a spec computed at run time is not supported yet
flag = True
spec = ">" + str(5)
print(format(flag, spec))
