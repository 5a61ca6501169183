# list.sort is CPython's timsort: the same __lt__ calls in the same order, so the same count
# (run detection, binary insertion to minrun, powersort merges, galloping), for many shapes
# and lengths, with reverse=True (reverse, sort, reverse back) and sorted().
import random

count = 0


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


def shapes(n):
    out = []
    out.append([random.randrange(1000) for _ in range(n)])
    out.append(list(range(n)))
    out.append(list(range(n, 0, -1)))
    out.append([random.randrange(3) for _ in range(n)])
    out.append([i % 7 for i in range(n)])
    sawtooth = []
    for i in range(n):
        sawtooth.append((i * 37) % 101 if i % 50 < 40 else -i)
    out.append(sawtooth)
    return out


random.seed(3)
for n in list(range(0, 101)) + [255, 1000, 2049]:
    for vals in shapes(n):
        for rev in [False, True]:
            xs = [K(v) for v in vals]
            count = 0
            xs.sort(reverse=rev)
            ids = [k.v for k in xs]
            print(n, rev, count, sum(i * v for i, v in enumerate(ids)) % 1000003)
            count = 0
            ys = sorted([K(v) for v in vals], reverse=rev)
            print(count, [k.v for k in ys] == [k.v for k in xs])
