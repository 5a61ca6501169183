# expect: 4:7: error: comparing ranges is not supported yet; compare list(range(...))
# equal ranges compare equal in CPython: not "always False"
n = int("9")
print(range(n) == range(0, n))
