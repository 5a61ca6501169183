# from-imports and as-imports of the modules the compiler implements: collections, itertools, functools.
from collections import Counter, defaultdict as dd, deque
from itertools import permutations, product
from functools import reduce
import itertools as it

c = Counter("abracadabra")
print(c.most_common(2))
g = dd(list)
g["x"].append(1)
print(g)
q = deque([1, 2, 3])
q.appendleft(0)
print(q)
print(list(permutations([1, 2, 3], 2)))
print(list(it.combinations("abc", 2)))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))


def add(a, b):
    return a + b


print(reduce(add, [1, 2, 3], 10), sum(1 for _ in product([0, 1], repeat=3)))
