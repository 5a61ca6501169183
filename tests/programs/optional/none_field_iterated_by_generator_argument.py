# A field that may be None iterated by a generator expression given to a builtin (sum, max, any):
# CPython's TypeError when it is None (the generator's first iterable is read where it is made).
class Done:
    def __init__(self, empty=False):
        self.cells = None if empty else [[1, 2], [3]]


def count(done, v):
    return sum((1 if v in cell else 0) for cell in done.cells)


def count2(done, v):
    return [len(c) for c in done.cells if v in c]


print(count(Done(), 3), count2(Done(), 1))
try:
    count(Done(True), 1)
except TypeError as e:
    print("TypeError:", e)


def widest(done):
    return max(len(c) for c in done.cells)


def has(done, v):
    return any(v in c for c in done.cells)


print(widest(Done()), has(Done(), 2), has(Done(), 9))
for f in (widest, lambda d: has(d, 1)):
    try:
        f(Done(True))
    except TypeError as e:
        print("TypeError:", e)
