def f(xs, n):
    if n > 2:
        xs = []
    xs.append(n)
    return xs
print(f([], 3), f([7], 1))
