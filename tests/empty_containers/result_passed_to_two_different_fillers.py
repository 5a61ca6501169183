def make():
    return []
def fill_s(xs):
    xs.append("s")
def fill_f(xs):
    xs.append(1.5)
fill_s(make())
fill_f(make())
