def swap(pair):
    a, b = pair
    return b, a
x, y = swap(([], ["q"]))
x.append("r")
print(x, y)
