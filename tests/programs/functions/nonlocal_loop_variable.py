def outer():
    i = 0
    def walk():
        nonlocal i
        for i in range(3):
            pass
    walk()
    return i


def pairs():
    a = b = 0
    def unpack():
        nonlocal a, b
        for a, b in [(1, 2), (3, 4)]:
            pass
        a, b = b, a
    unpack()
    return a, b


print(outer(), pairs())
