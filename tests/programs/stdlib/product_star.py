# itertools.product(*pools): every combination of one item from each pool, as tuples
import itertools
from itertools import product

digits = [[1, 2], [3], [4, 5]]
print(list(itertools.product(*digits)))
print([sum(t) for t in product(*digits)])
print(list(product(*[])), list(product(*[[], [1]])))
words = ["ab", "cd"]
for combo in product(*words):
    print("".join(combo))
n = 0
for t in itertools.product(*[range(3)] * 2):
    n += 1
print(n)
