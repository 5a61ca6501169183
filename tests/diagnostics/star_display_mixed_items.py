# expect: 3:13: error: a list holds one type of element: this is str, earlier ones are int
xs = [1, 2]
print([*xs, "end"])
