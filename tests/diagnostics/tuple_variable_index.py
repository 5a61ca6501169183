# expect: 4:12: error: a tuple index must be a constant integer (each position has its own type)
pair = (1, "a")
i = 0
print(pair[i])
