# itertools.product(xs, repeat=n) with n known only when the program runs: tuples of n items
import itertools
from itertools import product
def boards(n):
    count = 0
    for case in product((0, 1), repeat=n):
        count += sum(case)
    return count
for n in range(4):
    print(n, boards(n), list(itertools.product("ab", repeat=n)))
k = 2
print([c for c in product(range(3), repeat=k) if c[0] != c[1]], list(product([], repeat=k)))
try:
    print(list(product((1,), repeat=k - 3)))
except ValueError as e:
    print("ValueError", e)
