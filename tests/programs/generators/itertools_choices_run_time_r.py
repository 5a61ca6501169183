# permutations() and combinations() whose r is known only when the program runs: tuples of any length
from itertools import combinations, permutations
import itertools


def letters(n):
    for i in range(n):
        yield "abcdef"[i]


def choose(xs, k):
    return list(combinations(xs, k))


xs = [1, 2, 3, 4]
for k in range(len(xs) + 2):
    print(k, choose(xs, k))
    print(k, len(list(permutations(xs, k))), list(permutations(xs, k))[:3])

n = len(xs) - 1
for t in permutations(xs[:n]):
    print(t, sum(t), len(t))
print(list(permutations(letters(3))))
print(list(permutations("ab", None)))
print([("".join(c), len(c)) for r in range(1, 4) for c in combinations("wxyz", r)])
print(sorted(set(itertools.combinations(letters(4), r=n - 1)), reverse=True))
total = 0
for c in combinations(range(10), n):
    total += c[0] * c[-1]
print(total)
best = max(permutations([3, 1, 2], len(xs) - 2), key=lambda p: p[0] - p[1])
print(best)
try:
    print(list(combinations(xs, n - 10)))
except ValueError as e:
    print("ValueError:", e)
print(list(permutations(xs, n - 10)))
