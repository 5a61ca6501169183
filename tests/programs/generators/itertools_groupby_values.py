# itertools.groupby held as a value, advanced by next(), in generators and functions (a key given
# by position: a function name or a lambda), over dicts, strs and tuples; combinations returned
import itertools
from itertools import groupby as gb, combinations


def runs(xs):
    it = itertools.groupby(xs)
    return it


def by_len(words):
    for n, g in gb(words, len):
        yield n, sorted(g)


def choose(xs, r):
    return combinations(xs, r)


it = runs([1, 1, 2, 3, 3, 3])
k, g = next(it)
print(k, list(g))
for k, g in it:
    print(k, list(g))
print(list(by_len(["a", "b", "cc", "dd", "e"])))
c = choose("abcd", len("xy"))
print(next(c), list(c))
print([(k, "".join(g)) for k, g in gb("aAbBBc", key=lambda ch: ch.lower())])
d = {"x": 1, "y": 1, "z": 2}
print([(k, list(g)) for k, g in itertools.groupby(d, key=lambda name: d[name])])
pts = [(0, 1), (0, 2), (1, 5)]
print([(k, [p[1] for p in g]) for k, g in itertools.groupby(pts, key=lambda p: (p[0], p[0] > 0))])
print(sum(len(list(g)) for _, g in itertools.groupby(range(10), key=lambda v: v // 4)))


def lengths(words):
    return [(n, list(g)) for n, g in gb(words, len)], [n for n, _ in gb(words, lambda w: len(w) > 1)]


print(lengths(["x", "yy", "zz", "w"]))
