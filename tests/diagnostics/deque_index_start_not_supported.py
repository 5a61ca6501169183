# expect: 5:7: error: deque.index() with 2 arguments is not supported yet
from collections import deque

d = deque([1, 2, 3])
print(d.index(2, 1))
