# del d[i] of a deque: the item goes, CPython's IndexError outside, and a loop walking the
# deque sees the change (RuntimeError).
from collections import deque

d = deque([10, 20, 30, 40])
del d[1]
del d[-1]
print(d, len(d))
try:
    del d[5]
except IndexError as e:
    print("IndexError", e)
w = deque("abc", maxlen=3)
del w[0]
w.append("z")
w.append("y")
print(w)
d2 = deque([1, 2, 3])
try:
    for x in d2:
        print("item", x)
        if x == 1:
            del d2[2]
except RuntimeError as e:
    print("RuntimeError", e)
print(d2)
