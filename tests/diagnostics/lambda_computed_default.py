# expect: 3:21: error: a default value of a lambda must be a constant (a number, string, bool or None) in pyzc for now
base = 10
shift = lambda x, b=base: x + b
print(shift(1))
