def f(xs):
    xs.append("a")
    return xs == []
print(f([]))
ys = []
print(ys == [])
