# expect: 3:7: error: %(name) mapping keys in %-formatting are not supported yet
d = {"a": 1}
print("%(a)s" % d)
