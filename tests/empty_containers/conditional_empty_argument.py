def fill(xs):
    xs.append("a")
    return xs
def g(flag):
    return fill([] if flag else [])
print(g(True))
