# expect: 3:23: error: a list[int] value formatted with fields in its spec is not supported yet (an int, a float or a str is)
w = 5
print("{:>{}}".format([1, 2], w))
