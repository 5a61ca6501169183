# reversed() of a deque: from the last item, CPython's RuntimeError when the deque is changed
# meanwhile (d[i] = v is not a change its iterator sees).
from collections import deque

d = deque([1, 2, 3, 4])
print(list(reversed(d)), [x * 2 for x in reversed(d)], list(reversed(deque())))
for x in reversed(d):
    print("back", x)
w = deque(["a", "b"], maxlen=2)
w.append("c")
print(list(reversed(w)), sum(reversed(d)))
try:
    for x in reversed(d):
        if x == 3:
            d.append(9)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for x in reversed(d):
        if x == 9:
            d[0] = 7  # not a change CPython's iterator sees
            print("set", d)
except RuntimeError as e:
    print("RuntimeError", e)
it = reversed(d)
print(next(it), list(it))
# a change in the step that took the first item goes unseen: CPython's reverse iterator counts the
# items left before it looks at the state (the forward one raises)
e = deque([4, 3])
seen = []
for x in reversed(e):
    seen.append(x)
    if len(seen) == 2:
        e.popleft()
print(seen, e)
try:
    for x in e:
        e.append(1)
except RuntimeError as err:
    print("RuntimeError", err, e)
