# expect: 3:7: error: replace expected at least 2 arguments, got 1
s = "banana"
print(s.replace("a"))
