# for r in (range(...), range(...)): each range iterated in turn
idx = 3
out = []
for r in (range(idx - 1, -1, -1), range(idx + 1, 8)):
    for j in r:
        out.append(j)
print(out)
