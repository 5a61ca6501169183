def f(pair):
    a, b = pair
    a.append("x")
    b.append(2.5)
    return pair
print(f(([], [])))
