# [None] * n filled with lists by one nested function and iterated by another: the items are lists or None
def outer(n):
    def leaves(b):
        if b < n:
            yield b
        else:
            for t in chl[b]:
                yield t
    def add(b):
        chl[b] = path = []
        path.append(0)
        path.append(1)
    def expand(b):
        for s in chl[b]:
            print(s, list(leaves(s)))
        chl[b] = None
    chl = (2 * n) * [None]
    add(3)
    expand(3)
    return chl
print(outer(2))


def outer2(n):
    def add(b):
        chl[b] = [b, b + 1, b + 2]
    def show(b):
        print(len(chl[b]), chl[b][0], chl[b][1:])
    chl = (2 * n) * [None]
    add(1)
    show(1)
    return chl
print(outer2(1))
