# expect: 3:17: error: %(name) keys need a dict with str keys, not dict[int, str]
names = {1: "one"}
print("%(1)s" % names)
