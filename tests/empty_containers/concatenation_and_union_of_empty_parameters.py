def concat(a, b):
    return a + b
print(concat([], ["s"]))
print(concat([1.5], []))
print(len(concat([], [])))
def union(a, b):
    return a | b
print(union(set(), {"q"}))
