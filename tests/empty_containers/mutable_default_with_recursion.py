def f(n, acc=[]):
    if n == 0:
        return acc
    acc.append(n)
    return f(n - 1)
print(f(3))
print(f(2, []))
