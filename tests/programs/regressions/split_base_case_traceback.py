# An exception several calls deep in a recursive function whose base case pyzc runs in the caller
# (passes/split_base_case.py): the wrapper adds no frame, the body adds the function's, so the
# traceback shows one frame per call as CPython's does (tests/test_tracebacks.py compares all of it).


def weigh(n, k):
    if n < 2:
        return n
    if n == k:
        return 10 // (k - n)
    return weigh(n - 1, k) + weigh(n - 2, k)


def halves(x, stop, items):
    if x < 1.0:
        return x
    if x > stop:
        return halves(x / 2.0, stop, items) * 2.0
    return halves(x - 1.0, stop, items) + items[int(x) % 3]


print(weigh(10, 0), halves(1.5, 50.0, [0.5, 0.25, 0.125]), halves(100.0, 20.0, [0.5, 0.25, 0.125]))
try:
    print(halves(8.0, 2.0, [0.5]))
except IndexError as e:
    print("IndexError:", e)
print(weigh(6, 3))
