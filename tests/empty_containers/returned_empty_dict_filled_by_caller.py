def make():
    return {}
d = make()
d["a"] = 1.5
print(d)
