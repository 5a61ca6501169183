def add(groups, k, v):
    groups.setdefault(k, []).append(v)
    return groups
print(add({}, "a", 1.5))
