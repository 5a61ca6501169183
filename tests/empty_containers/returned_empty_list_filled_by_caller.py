def make():
    return []
xs = make()
xs.append("a")
print(xs)
