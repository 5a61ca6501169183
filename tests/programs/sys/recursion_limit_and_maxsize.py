# sys.maxsize; sys.setrecursionlimit lets a program recurse deeper (the stack is pyzc's limit).
import sys

print(sys.maxsize, sys.maxsize + 0 == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(20000))  # deep enough to pass the default limit, shallow enough for ASan frames
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
best = sys.maxsize
for v in [5, 3, 9]:
    if v < best:
        best = v
print(best)
