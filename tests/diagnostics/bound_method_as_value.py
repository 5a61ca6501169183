# expect: 3:8: error: a bound method as a value (str.find) is not supported yet; call it, or wrap it in a lambda
line = "a b"
find = line.find
print(find("b"))
