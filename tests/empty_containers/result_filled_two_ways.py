def make():
    return []
a = make()
a.append("s")
b = make()
b.append(1.5)
print(a, b)
