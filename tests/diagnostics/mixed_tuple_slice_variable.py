# expect: 5:7: error: slicing a tuple[int, str, float] by other than constants is not supported yet (its items have different types)
t = (1, "a", 2.5)
k = len(t) - 1

print(t[:k])
