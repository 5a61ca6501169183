# expect: 3:7: error: printing iterator objects is not supported yet
it = iter([1, 2])
print(it)
