# expect: 2:7: error: int() can't convert non-string with explicit base
print(int(5, 10))
