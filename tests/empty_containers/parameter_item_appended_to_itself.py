def f(xs):
    xs.append(xs[0] if xs else "first")
    return xs
print(f([]))
print(f(f([])))
