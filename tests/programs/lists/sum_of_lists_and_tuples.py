rows = [[1, 2], [3], [], [4, 5]]
print(sum(rows, []), sum(rows, [0]), sum([[1.5]], [2.5]))
pairs = [(1, 2), (3, 4)]
print(sum(pairs, ()), sum(pairs, (9,)), sum((p for p in pairs), start=()))
def pad(t):
    return (0,) + t + (0,)
print(sum((pad(pairs[i]) for i in range(2)), ()))
print(sum([], []), sum([], ()))
