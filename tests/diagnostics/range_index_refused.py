# expect: 4:7: error: indexing a range is not supported yet; index list(range(...))
# range is subscriptable in CPython: the refusal must not say it is not
n = int("9")
print(range(2, n, 3)[1])
