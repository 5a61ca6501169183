# expect: 5:15: error: cannot append a float to a list[str]
def fs(xs):
    xs.append("s")
def ff(xs):
    xs.append(1.5)
shared = []
fs(shared)
ff(shared)
print(shared)
