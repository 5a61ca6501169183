# sorted(xs, key=f) and xs.sort(key=f, reverse=...) call f once per item, in order, then
# sort the keys alone with CPython's timsort (the same key.__lt__ calls, the same count), and
# keep items with equal keys in their original order, reverse=True included.
import random

count = 0
calls = 0


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v


def key_of(p):
    global calls
    calls += 1
    return K(p[0])


random.seed(21)
for n in [0, 1, 2, 3, 10, 33, 64, 65, 200, 1000]:
    for kind in range(3):
        if kind == 0:
            pairs = [(random.randrange(10), i) for i in range(n)]
        elif kind == 1:
            pairs = [(i // 3, i) for i in range(n)]
        else:
            pairs = [(n - i // 2, i) for i in range(n)]
        for rev in [False, True]:
            count = 0
            calls = 0
            out = sorted(pairs, key=key_of, reverse=rev)
            print(n, kind, rev, calls, count, [p[1] for p in out][:25])
            ys = list(pairs)
            count = 0
            ys.sort(key=lambda p: K(p[0]), reverse=rev)
            print(count, ys == out)
words = ["pear", "Apple", "fig", "banana", "Cherry", "date", "kiwi", "Fig", "apple"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: len(w), reverse=True))
print(sorted(words, key=lambda w: w[-1]))
nums = [3.5, -1.0, 2.25, -0.0, 0.0, 7.0, -3.5]
print(sorted(nums, key=lambda x: abs(x)), sorted(nums, key=lambda x: -x, reverse=True))

eqs = 0


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        global eqs
        eqs += 1
        return self.v == other.v

    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v


for rev in [False, True]:
    count = 0
    eqs = 0
    es = sorted([(random.randrange(5), i) for i in range(300)], key=lambda p: E(p[0]), reverse=rev)
    print("E", rev, count, eqs, [p[1] for p in es][:30])
