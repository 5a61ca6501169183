# expect: 4:12: error: a tuple[int, str] is indexed by constant integers only (its items have different types)
pair = (1, "a")
i = 0
print(pair[i])
