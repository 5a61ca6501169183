# expect: 3:7: error: mixing %(name) and positional fields in one format string is not supported yet
d = {"a": 1}
print("%(a)s and %s" % d)
