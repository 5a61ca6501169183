out = []
out.append([])
out[-1].append("x")
out.append([])
print(out)
def make():
    return [], {}
a, b = make()
a.append(1)
b["k"] = "v"
print(a, b)
