# expect: 3:5: error: unsupported operand type(s) for @: 'int' and 'int'
a = 2
b = a @ 3
print(b)
