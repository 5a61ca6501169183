def f(xs):
    return [x for x in [x * 2 for x in xs]]
print(f([1, 2]))
print(f([]))
