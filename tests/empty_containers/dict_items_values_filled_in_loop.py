def g(d):
    for k, v in d.items():
        v.append(k)
    return d
print(g({}))
print(g({"a": []}))
