def pairs(n):
    res = []
    for i in range(n):
        res.append([])
        for j in range(i):
            res[i].append((i, j))
    return res
print(pairs(3))
