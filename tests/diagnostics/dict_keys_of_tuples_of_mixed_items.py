# expect: 5:1: error: cannot store an int under a tuple[int, str, int] key in a dict[tuple[int, str], int]
# Tuples of several lengths make a key of any length only when their items have one type.
d = {(1, "a"): 1}
print(d)
d[(1, "a", 2)] = 2
print(d)
