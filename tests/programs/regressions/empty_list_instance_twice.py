# A function called with list[int] and with a list that is never filled (its element type unknown,
# so also list[int] in C) must be compiled once, not twice under one C name.
def first_or_fail(xs, i):
    if not xs:
        raise IndexError("index out of range")
    return xs[i]


print(first_or_fail([3, 1, 2], 1))
empty = []
print(len(empty))
first_or_fail(empty, 0)
