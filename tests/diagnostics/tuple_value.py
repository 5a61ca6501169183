# expect: 2:5: error: tuples are not supported yet
t = (1, 2)
print(t)
