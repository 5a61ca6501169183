# expect: 2:27: error: max() of int items with a str default is not supported (the result's type would depend on the values)
print(max([1, 2], default="none"))
