# expect: 4:7: error: slicing a range is not supported yet; slice list(range(...))
# range is sliceable in CPython: the refusal must not say it is not
n = int("9")
print(range(2, n, 3)[1:])
