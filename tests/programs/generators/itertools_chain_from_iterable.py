# itertools.chain.from_iterable: lazily over an iterable of iterables (generators included)
import itertools
from itertools import chain


def rows(n):
    for i in range(n):
        print("row", i)
        yield [i] * i


def flat(xss):
    return chain.from_iterable(xss)


print(list(itertools.chain.from_iterable([[1, 2], [], [3]])))
print(sum(chain.from_iterable(rows(4))))
for v in chain.from_iterable(rows(3)):
    print("item", v)
    if v == 1:
        break
words = ["ab", "cd"]
print("".join(itertools.chain.from_iterable(words)), sorted(chain.from_iterable([(3, 1), (2,)])))
f = flat([[5, 6], [7]])
print(next(f), list(f))
print([x * 2 for x in chain.from_iterable(([1], [2, 3]))])


def bad(d):
    yield [1]
    yield [1 // d]


print(list(chain.from_iterable(bad(0))))
