# expect: 2:10: error: SyntaxError: '(' was never closed
print(1, (2
