def f(d):
    return {k: [v for v in vs] for k, vs in d.items()}
print(f({}))
print(f({"a": [1]}))
