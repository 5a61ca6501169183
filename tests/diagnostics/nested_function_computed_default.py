# expect: 5:20: error: a default value of a nested function must be a constant (a number, string, bool or None) in pyzc for now
def outer(n):
    total = n * 2

    def inner(x, k=total):
        return x + k
    return inner(1)


print(outer(3))
