def outer():
    acc = []
    def add(v):
        acc.append(v)
    add("a")
    add("b")
    return acc
print(outer())
