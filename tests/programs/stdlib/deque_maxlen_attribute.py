# d.maxlen: the bound given to deque(), or None for an unbounded deque.
from collections import deque

recent = deque(maxlen=3)
for i in range(5):
    recent.append(i)
    if recent.maxlen is not None and len(recent) == recent.maxlen:
        print("full at", i, list(recent))
print(recent.maxlen, deque([1, 2]).maxlen, deque("abc", 2).maxlen, deque([], 0).maxlen)
window = deque([1.5, 2.5], maxlen=4)
print(window.maxlen is None, window.maxlen * 2, window)
