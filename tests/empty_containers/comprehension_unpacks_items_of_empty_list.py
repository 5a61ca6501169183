def f(pairs):
    return [a + b for a, b in pairs]
print(f([]))
