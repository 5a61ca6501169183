# expect: 2:11: error: 'float' object cannot be interpreted as an integer
print(bin(1.5))
