# expect: 9:7: error: 'is' between str | None and str | None is not supported yet
def name(n):
    if n > 0:
        return "n" * n
    return None


a, b = name(1), name(2)
print(a is b)
