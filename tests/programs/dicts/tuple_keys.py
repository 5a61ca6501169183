# Tuple keys: a sparse matrix and a memo table of grid path counts.
def sparse_from_dense(rows):
    m = {}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v != 0:
                m[(r, c)] = v
    return m


def sparse_mul(a, b, n):
    out = {}
    for (i, k), av in a.items():
        for j in range(n):
            if (k, j) in b:
                out[(i, j)] = out.get((i, j), 0) + av * b[(k, j)]
    return out


a = sparse_from_dense([[1, 0, 0], [0, 2, 3], [0, 0, 4]])
b = sparse_from_dense([[0, 5, 0], [6, 0, 0], [0, 0, 7]])
print(a)
print(b)
prod = sparse_mul(a, b, 3)
print(sorted(prod.items()))
for r in range(3):
    print([prod.get((r, c), 0) for c in range(3)])

memo = {}


def paths(r, c, blocked):
    if (r, c) in blocked:
        return 0
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    n = paths(r - 1, c, blocked) + paths(r, c - 1, blocked)
    memo[key] = n
    return n


blocked = {(1, 1): True, (2, 3): True}
print("paths to (4, 4):", paths(4, 4, blocked))
print("memo entries", len(memo))
print("paths to (3, 2):", memo[(3, 2)])

distances = {("ams", "ber"): 577, ("ber", "pra"): 280, ("ams", "par"): 430, ("par", "pra"): 885}
for (src, dst), km in distances.items():
    print(f"{src}->{dst}: {km} km")


def lookup(src, dst):
    if (src, dst) in distances:
        return distances[(src, dst)]
    return distances.get((dst, src), -1)


route = ["ams", "ber", "pra", "par"]
total = 0
for i in range(len(route) - 1):
    leg = lookup(route[i], route[i + 1])
    print(route[i], route[i + 1], leg)
    total += leg
print("route total", total, "unknown leg", lookup("ams", "pra"))
del distances[("ams", "par")]
print(len(distances), ("ams", "par") in distances)
