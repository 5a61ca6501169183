# expect: 3:9: error: a bound method as a value (str.split) is not supported yet; call it, or wrap it in a lambda
line = "a b"
words = line.split
print(words())
