# itertools.filterfalse, compress and starmap: lazily, over lists and generators
import itertools
from itertools import compress, filterfalse, starmap


def nums(n):
    for i in range(n):
        print("pull", i)
        yield i


def is_even(v):
    return v % 2 == 0


def area(w, h):
    return w * h


print(list(filterfalse(None, [0, 1, 0, 2])), list(filterfalse(None, ["", "x"])))
print(list(itertools.filterfalse(lambda v: v > 2, nums(5))))
print(sum(filterfalse(is_even, range(10))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress(nums(4), [True, False])))
print(list(starmap(area, [(2, 3), (4, 5)])), list(itertools.starmap(lambda a, b: a - b, zip(nums(3), [5, 5, 5]))))
ff = filterfalse(is_even, nums(4))
print(next(ff), list(ff))
for s in itertools.starmap(lambda k, v: f"{k}={v}", sorted({"b": 2, "a": 1}.items())):
    print(s)
print(list(itertools.starmap(lambda t: t * 2, [(1,), (2,)])))
print(list(filterfalse(lambda v: 10 // v > 2, [5, 4, 0])))
