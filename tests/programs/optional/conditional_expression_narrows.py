# A conditional expression narrows its branches as an if statement does: x if x is not None else d.
def f(x, xs, i):
    a = x if x is not None else 0
    b = 0 if x is None else x + 1
    c = xs[i] if xs[i] is not None else -1
    d = [x] if x else []
    return a + b + c, d


print(f(None, [None, 2], 1), f(3, [None, 2], 0), f(5, [4], 0))
vals = [1, None, 3]
print([v if v is not None else 0 for v in vals], sum(v * 2 if v else 0 for v in vals))
