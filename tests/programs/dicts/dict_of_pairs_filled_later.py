def cover(keys, rows):
    X = dict((j, set()) for j in keys)
    for i, row in rows.items():
        for j in row:
            X[j].add(i)
    return X


def run(n):
    rows = dict()
    for r in range(n):
        rows[(r, r + 1)] = [r % 2, 2]
    X = cover([0, 1, 2], rows)
    print(sorted((k, sorted(v)) for k, v in X.items()))
    Z = dict([(w, []) for w in "ab"])
    Z["a"].append(1.5)
    print(Z, dict((k, k * 2) for k in range(3)), dict([(1, 2), (1, 3)]))


run(4)
