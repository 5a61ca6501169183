a = []
b = a
b.append("x")
print(a, b)
