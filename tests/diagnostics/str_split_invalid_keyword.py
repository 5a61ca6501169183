# expect: 3:20: error: 'max' is an invalid keyword argument for split()
s = "a b c"
print(s.split(" ", max=1))
