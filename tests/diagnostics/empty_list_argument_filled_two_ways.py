# expect: 5:15: error: cannot append a float to a list[str] (a list holds one type of item: here str)
def fs(xs):
    xs.append("s")
def ff(xs):
    xs.append(1.5)
shared = []
fs(shared)
ff(shared)
print(shared)
