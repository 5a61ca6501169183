def collect(x, acc=[]):
    acc.append(x)
    return acc
def fill(xs):
    xs.append(("k", 1.5))
    return xs
