def f(x, acc=[]):
    acc.append(x)
    return acc
print(f("a"))
print(f("b"))
