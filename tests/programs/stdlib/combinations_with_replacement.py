# itertools.combinations_with_replacement: CPython's order, empty pools, r = 0, r computed when it runs.
from itertools import combinations_with_replacement
import itertools
print(list(combinations_with_replacement("ab", 3)))
print(list(combinations_with_replacement([1, 2, 3], 2)), len(list(combinations_with_replacement(range(5), 3))))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("xy", 0)), list(combinations_with_replacement([], 0)))
r = 2
print(list(itertools.combinations_with_replacement([0.5, 1.5], r)))
coins = [1, 5, 10, 25]
print(sum(1 for c in combinations_with_replacement(coins, 4) if sum(c) == 40))
for a, b in combinations_with_replacement("pq", 2):
    print(a + b, end=" ")
print()
