# A condition of a comprehension narrows its element: `[x for x in xs if x is not None]` holds
# the values (sum, max, sorted of it), as do `if x` and the conditions of set, dict and generator
# comprehensions.  pyzc refused these ("sum() of int | None values is not supported").

def parse(s):
    return int(s) if s.isdigit() else None
xs = [parse(s) for s in ["1", "x", "30", "", "4"]]
good = [x for x in xs if x is not None]
print(good, sum(good), sum([x for x in xs if x is not None]), max(x for x in xs if x is not None))
print({i: x * 2 for i, x in enumerate(xs) if x is not None}, sorted({x for x in xs if x}))
names = [None, "bo", "al", None]
print(sorted(n for n in names if n is not None), [n.upper() for n in names if n])
pairs = [(k, v) for k, v in [("a", 1), ("b", None)] if v is not None]
print(pairs, [v + 1 for k, v in [("a", 1), ("b", None)] if v is not None])
