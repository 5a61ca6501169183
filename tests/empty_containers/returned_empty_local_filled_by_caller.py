def make(n):
    out = []
    return out
xs = make(1)
xs.append("a")
ys = make(2)
print(xs, len(ys))
