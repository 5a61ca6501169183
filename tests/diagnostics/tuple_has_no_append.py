# expect: 3:1: error: 'tuple' object has no attribute 'append'
t = tuple("abc")
t.append("d")
print(t)
