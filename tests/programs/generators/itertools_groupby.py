# itertools.groupby: runs of equal keys, over lists, strings, generators and other iterators
import itertools
from itertools import groupby


def words(text):
    for w in text.split():
        yield w


def parity(n):
    return n % 2


print([(k, list(g)) for k, g in groupby("aaabccdddda")])
print([(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 2, 2, 1, 3])])
for length, group in groupby(words("a an to the and cat dog horse mouse"), key=len):
    print(length, "-".join(group))
for initial, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), lambda w: w[0]):
    print(initial, sum(len(w) for w in g))
odd_runs = [(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7, 9, 8], parity)]
print(odd_runs)
print(list(k for k, _ in groupby([])))
print([k for k, _ in groupby((x // 3 for x in range(10)))])
rle = "".join(f"{len(list(g))}{ch}" for ch, g in groupby("WWWWBBBWWCCCCC"))
print(rle)
for kf, nums in groupby([1.0, 1, 2.5, 2.5], key=None):
    print(kf, next(nums), list(nums))
pairs = [("x", 1), ("x", 2), ("y", 3)]
for name, run in groupby(pairs, key=lambda p: p[0]):
    print(name, [v for _, v in run])
counts = {k: sum(1 for _ in g) for k, g in groupby(sorted("mississippi"))}
print(counts)
for big, ints in groupby(itertools.chain([1, 1], [1, 2]), key=lambda v: v > 1):
    print(big, max(ints))
# an exception raised by the key reaches the loop
for q, qs in groupby([5, 2, 0, 1], key=lambda d: 10 // d):
    print(q, list(qs))
