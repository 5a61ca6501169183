# itertools iterators stored, returned and advanced by next(): one-shot, as CPython's
import itertools
from itertools import product, permutations
def make(n):
    return product((0, 1), repeat=n)
possibilities = make(2)
first = next(possibilities)
print(first, list(possibilities), list(possibilities))
perms = permutations("abc", 2)
for p in perms:
    print("".join(p), end=" ")
print()
pairs = itertools.combinations([1, 2, 3], 2)
print(sum(a * b for a, b in pairs))
