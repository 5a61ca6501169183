def f(xs):
    ys = [x for x in [x for x in xs]]
    ys.append("k")
    return ys
print(f([]))
