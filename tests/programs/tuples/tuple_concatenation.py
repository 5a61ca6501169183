# (a, b) + (c,) of tuples of known length: a tuple of known length, each position its own type
a = (1, "a") + (2.5,)
print(a, a[2], len(a))
lines = (tuple(range(1, 3)), tuple(range(5, 8)))
more = lines + (tuple([9]),)
print(more, len(more))
for l in lines + lines:
    print(l)
