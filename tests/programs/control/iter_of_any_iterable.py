# iter() of a range, a tuple, a dict, a set, bytes and a deque: next() and for loops continue
# from where the iterator stands; StopIteration and next()'s default at the end.
from collections import deque

it = iter(range(5))
print(next(it))
for x in it:
    if x == 3:
        break
    print("loop", x)
print("rest", list(it))

r = range(2, 20, 3)
steps = iter(r)
print(next(steps), next(steps), list(steps), next(steps, -1))

t = iter((1.5, 2.5, 4.0))
print(next(t), sum(t))

scores = {"ann": 3, "bob": 5, "cy": 1}
keys = iter(scores)
print(next(keys), [k.upper() for k in keys])

print(sorted(iter({7, 3, 5})))
print(next(iter(b"xyz")), list(iter(bytearray(b"ab"))))
q = deque([4, 5, 6])
dq = iter(q)
print(next(dq), next(dq))


def firsts(rows):
    out = []
    for row in rows:
        i = iter(row)
        out.append(next(i))
    return out


print(firsts([(1, 2), (3, 4), (5,)]))


def pairs(n):
    walk = iter(range(n))
    got = []
    for a in walk:
        b = next(walk, None)
        got.append((a, b))
    return got


print(pairs(5), pairs(0))
print(type(iter([1])).__name__)

empty = iter(())
try:
    next(empty)
except StopIteration:
    print("stopped")
print(next(iter(range(0))))
