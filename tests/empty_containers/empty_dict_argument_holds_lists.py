def add(groups, k, v):
    if k not in groups:
        groups[k] = []
    groups[k].append(v)
add_to = {}
add(add_to, "a", "x")
print(add_to)
print(add({}, 3, "y"))
