# The list operations on a list of None
xs = [None] * 3
print(xs, None in xs, xs.count(None), xs.index(None), len(xs), xs[1:], xs + [None])
d = {1: None, 2: None}
print(d, d[1], list(d.values()), 1 in d)
nested = [[None], [None, None]]
print(nested, len(nested[1]))
xs.append(None)
xs.pop()
print(xs == [None, None, None], str(xs), repr(xs))
for v in xs:
    print(v, v is None)
s = {1}
print(s)
copy = list(xs)
print(copy, [v for v in xs])
