def make():
    return []
def fill(xs):
    xs.append((1, "a"))
    return xs
print(fill(make()))
