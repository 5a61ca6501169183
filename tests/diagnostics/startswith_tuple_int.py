# expect: 3:20: error: tuple for startswith must only contain str, not int
s = "abc"
print(s.startswith(("a", 1)))
