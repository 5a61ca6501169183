def f():
    a = {}
    b = a
    b["k"] = 2.5
    return a
print(f())
