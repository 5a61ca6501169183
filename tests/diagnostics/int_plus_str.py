# expect: 3:7: error: unsupported operand type(s) for +: 'int' and 'str'
n = 5
print(n + "a")
