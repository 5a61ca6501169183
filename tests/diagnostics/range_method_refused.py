# expect: 4:7: error: range.count is not supported yet
# range has count() in CPython: the refusal must not say it has no such attribute
n = int("9")
print(range(n).count(3))
