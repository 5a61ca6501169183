def rows(n):
    out = []
    for i in range(n):
        out.append([])
    return out
g = rows(2)
g[0].append("x")
print(g)
print([len(r) for r in g])
