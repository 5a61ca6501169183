# expect: 3:7: error: str.upper() takes no arguments (1 given)
s = "banana"
print(s.upper(1))
