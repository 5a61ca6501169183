# expect: 3:7: error: can only concatenate tuple (not "list") to tuple
t = tuple([1, 2])
print(t + [3])
