# iter(d) and reversed(d) of a deque take the deque's state when they are called, as CPython's deque
# iterators do: a change between that call and the first next() (an item added or taken, a rotation, a
# clear) is "RuntimeError: deque mutated during iteration" there; d[i] = x and reverse() are not
# changes they notice.  reversed() of a deque that was empty when it was called gives nothing.
from collections import deque


def step(name: str, it, n: int) -> None:
    got = []
    try:
        for _ in range(n):
            got.append(next(it))
        print(name, got)
    except RuntimeError as e:
        print(name, got, "RuntimeError:", e)
    except StopIteration:
        print(name, got, "StopIteration")


def forward(change: int) -> None:
    d = deque([1, 2, 3])
    it = iter(d)
    if change == 0:
        d.append(4)
    elif change == 1:
        d.appendleft(0)
        d.pop()
    elif change == 2:
        d.rotate(1)
    elif change == 3:
        d[0] = 10
    elif change == 4:
        d.reverse()
    elif change == 5:
        d.clear()
    step(f"forward {change}", it, 4)


def backward(change: int) -> None:
    d = deque([1, 2, 3])
    it = reversed(d)
    if change == 0:
        d.appendleft(0)
    elif change == 1:
        d.popleft()
        d.append(5)
    elif change == 2:
        d[2] = 30
    elif change == 3:
        d.extend([])
    step(f"backward {change}", it, 4)


for c in range(6):
    forward(c)
for c in range(4):
    backward(c)

empty = deque()
fwd = iter(empty)
rev = reversed(empty)
empty.append(1)
step("empty forward", fwd, 2)
step("empty backward", rev, 2)

ds = deque("abc")
its = iter(ds)
print(next(its))
ds.append("d")  # after the first step: the next one sees it (as before)
step("after a step", its, 2)

d = deque([5, 6])
it = iter(d)
d.popleft()
try:
    for x in it:
        print("loop", x)
except RuntimeError as e:
    print("loop RuntimeError:", e)

d = deque([7, 8, 9])
it = iter(d)
print(list(it), list(it))
xs = [1, 2]
li = iter(xs)
xs.append(3)
print(list(li))
t = iter((4, 5))
print(next(t), list(t))
