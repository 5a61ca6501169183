# expect: 3:12: error: None in a tuple is not supported yet
# None or a value: supported in variables, fields, returns and lists, not yet inside a tuple.
pair = (1, None)
print(pair)
