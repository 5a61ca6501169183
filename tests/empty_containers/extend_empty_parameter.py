def f(xs, ys):
    xs.extend(ys)
    return xs
print(f([], ["a"]))
print(f([], []))
print(f(ys=[1.5], xs=[]))
