# expect: 5:20: error: format() of a bool value with a spec computed at run time is not supported yet
import sys
flag = True
spec = ">" + str(len(sys.argv) + 4)
print(format(flag, spec))
