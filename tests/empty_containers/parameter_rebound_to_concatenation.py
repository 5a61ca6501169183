def f(xs):
    xs = xs + ["a"]
    xs.append("b")
    return xs
print(f([]))
