# expect: 3:7: error: a bound method as a value (dict.get) is not supported yet; call it, or wrap it in a lambda
counts = {"a": 1}
get = counts.get
print(get("a"))
