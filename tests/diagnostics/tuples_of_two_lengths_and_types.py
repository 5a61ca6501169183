# expect: 2:19: error: a list holds one type of element: this is tuple[int, str, str], earlier ones are tuple[int, str]
rows = [(1, "a"), (2, "b", "c")]
print(rows)
