# collections.deque methods, declared in pyzc/primitives/deque_ops.py
from collections import deque

d = deque()
d.append(2)
d.appendleft(1)
d.append(3)
d.extend([4, 5])
d.extendleft(x * 10 for x in range(2))
d.extend(d)
print(d, len(d))
print(d.pop(), d.popleft(), d.count(1), d.count(True), d.index(4))
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(True)
print(d)
d.remove(4)
d.reverse()
e = d.copy()
d.clear()
print(d, e)
w = deque(["a", "b"], 3)
w.extend("cd")
w.appendleft("z")
print(w, w.index("c"), w.count("q"))
try:
    w.remove("q")
except ValueError as ex:
    print("ValueError", ex)
try:
    w.index("q")
except ValueError as ex:
    print("ValueError", ex)
try:
    deque().pop()
except IndexError as ex:
    print("IndexError", ex)
