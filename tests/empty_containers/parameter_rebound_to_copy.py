def norm(d):
    d = dict(d)
    d["x"] = 1
    return d
print(norm({}))
