def f(xs):
    return [x for x in [x for x in xs]]
print(f([]))
print(f(["a"]))
