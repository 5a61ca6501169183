# deque equality, Counter equality, str()/f-strings of Counter and defaultdict, += on defaultdict(list), collections in object fields and as function arguments
import collections
a = collections.deque([1, 2, 3])
b = collections.deque([0, 1, 2])
b.append(3)
b.popleft()
print(a == b, a != b, a == collections.deque([1]))
c = collections.Counter("aab")
print(c == collections.Counter("aba"), f"{c}", str(c))
dd = collections.defaultdict(list)
dd["x"] += [1, 2]
dd["y"] += [3]
print(dd, f"{dd}")
def use(cnt):
    return cnt.most_common(1)
def use2(dct):
    return len(dct)
print(use(c), use2(c), use2({"a": 1}))
q = collections.deque([(0, "a")])
q.append((1, "b"))
print(q, [collections.deque([1, 2])])
class Box:
    def __init__(self):
        self.items = collections.deque(maxlen=2)
        self.seen = collections.Counter()
    def add(self, x):
        self.items.append(x)
        self.seen[x] += 1
b2 = Box()
for w in "abcab":
    b2.add(w)
print(b2.items, b2.seen)
