def collect(n, acc):
    if n == 0:
        return acc
    acc.append(n * 0.5)
    return collect(n - 1, acc)
print(collect(4, []))
