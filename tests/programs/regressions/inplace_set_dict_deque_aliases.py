# set, dict and deque in-place operators change the object itself: every alias sees it
from collections import deque, defaultdict

s = {1, 2, 3}
t = s
t |= {4}
print(sorted(s))
t &= {1, 2, 4, 9}
print(sorted(s))
t -= {2}
print(sorted(s))
t ^= {1, 7}
print(sorted(s))

d = {"a": 1}
e = d
e |= {"b": 2, "a": 3}
print(d)
dd = defaultdict(list)
dd["w"].append(0)
alias = dd
alias |= {"x": [1]}
print(dict(dd))

q = deque([1, 2])
r = q
r += [3]
print(q)
r += (4, 5)
print(q)
r += r
print(q)
r *= 2
print(q, len(q))
r *= 0
print(q)
b = deque([1, 2, 3], maxlen=4)
c = b
c *= 2
print(b)
c *= 100
print(b)
c += range(10)
print(b)


class Holder:
    def __init__(self):
        self.tags = {"a"}
        self.counts = {"a": 1}
        self.queue = deque([0])


h = Holder()
tags, counts, queue = h.tags, h.counts, h.queue
h.tags |= {"b"}
h.counts |= {"b": 2}
h.queue += [1]
h.queue *= 2
print(sorted(tags), counts, queue)

sets = [{1}, {2}]
first = sets[0]
sets[0] |= {5}
print(first, sets)


def shrink(xs):
    xs -= {1}


shrink(first)
print(sets)
