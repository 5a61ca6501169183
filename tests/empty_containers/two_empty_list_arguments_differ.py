def f(a, b):
    a.append(1)
    b.append("x")
    return len(a) + len(b)
print(f([], []))
