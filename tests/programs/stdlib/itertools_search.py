# itertools: subset-sum with combinations, a permutation search, product grids, chain, count with break
import itertools

coins = [5, 3, 8, 1, 9, 4]
target = 13
print(1, [c for c in itertools.combinations(coins, 1) if sum(c) == target])
print(2, [c for c in itertools.combinations(coins, 2) if sum(c) == target])
print(3, [c for c in itertools.combinations(coins, 3) if sum(c) == target])
pairs = 0
for a, b in itertools.combinations(coins, 2):
    if a > b:
        pairs += 1
print("descending pairs:", pairs)

# the smallest 4-digit number from distinct digits divisible by 7 and whose digits sum to 20
best = -1
for p in itertools.permutations([1, 3, 5, 7, 8, 2], 4):
    n = p[0] * 1000 + p[1] * 100 + p[2] * 10 + p[3]
    if n % 7 == 0 and sum(p) == 20:
        if best < 0 or n < best:
            best = n
print(best)
print(list(itertools.permutations("abc")))
print(len(list(itertools.permutations(range(6), 3))))

# a 3x3 grid of coordinates, dice sums
print(list(itertools.product(range(3), range(3)))[:5])
sums = {}
for a, b in itertools.product([1, 2, 3, 4, 5, 6], repeat=2):
    sums[a + b] = sums.get(a + b, 0) + 1
print(sums)
print(["".join([x, y]) for x, y in itertools.product("ab", "xyz")])
print(sorted(itertools.product([2, 1], [1.5, 0.5]), reverse=True))

letters = list(itertools.chain("ab", ["c", "d"], "e"))
print(letters, sum(itertools.chain([1, 2], range(3), [10])))
for i in itertools.count(1):
    if i * i > 50:
        print("first square over 50:", i * i)
        break
for x in itertools.count(0.25, 0.5):
    if x > 2:
        break
    print(x, end=" ")
print()
for i, c in zip(itertools.count(100, -10), "abc"):
    print(i, c)
print(list(itertools.combinations(range(4), 5)), list(itertools.product([], repeat=2)))
print(max(itertools.combinations([4, 2, 7, 1], 2), key=lambda t: t[0] * t[1]))
