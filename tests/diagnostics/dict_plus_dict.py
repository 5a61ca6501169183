# expect: 3:7: error: unsupported operand type(s) for +: 'dict[str, int]' and 'dict[str, int]'
d = {"a": 1}
print(d + d)
