g = [[] for _ in range(3)]
g[1].append((1, "a"))
print(g)
def fill(rows):
    for r in rows:
        r.append(2.5)
    return rows
print(fill([[] for _ in range(2)]))
