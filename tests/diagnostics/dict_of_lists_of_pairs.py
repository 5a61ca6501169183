# expect: 2:10: error: dict() of list[int] items is not supported yet (it takes a dict, or an iterable of 2-tuples)
d = dict([[1, 2], [3, 4]])
print(d)
