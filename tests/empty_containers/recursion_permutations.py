def perms(items, cur, out):
    if not items:
        out.append(cur)
        return out
    for i in range(len(items)):
        perms(items[:i] + items[i+1:], cur + [items[i]], out)
    return out
print(perms(["a", "b", "c"], [], []))
