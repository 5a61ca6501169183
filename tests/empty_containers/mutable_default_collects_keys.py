def group_by_len(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups
def show(groups, keys=[]):
    for k in sorted(groups):
        keys.append(k)
    return keys
print(show(group_by_len(["a", "bb", "cc"])))
print(show({}))
