def put(d):
    d["k"] = [1, 2]
    return d
print(put(dict()))
print(put(d={}))
