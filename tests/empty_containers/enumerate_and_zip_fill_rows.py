def f(pairs):
    for i, p in enumerate(pairs):
        p.append(i)
    for a, b in zip(pairs, pairs):
        a.append(len(b))
    return pairs
print(f([[], []]))
