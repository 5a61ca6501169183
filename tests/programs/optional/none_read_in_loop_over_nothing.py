# A name that is None on every path, read where a value is needed inside a loop over an empty list:
# the body never runs, so the program is valid and prints what CPython prints.
best = None
for x in []:
    if best is None or x > best:
        best = x
print(best, best is None, repr(best), f"<{best}>", bool(best), (best, 1))


def lowest(items):
    low = None
    for item in items:
        if low is None or item < low:
            low = item
    return low


print(lowest([4, 2, 9]), lowest([]))
