# range objects held in variables and passed to functions: len, indexing, in, iteration, reversed.
r = range(2, 20, 3)
print(len(r), r[0], r[-1], r[2], 5 in r, 6 in r, list(r))
for x in r:
    print(x, end=" ")
print()
print(sum(r), max(r), sorted(r, reverse=True), [v * v for v in r])
print(list(reversed(r)))


def count_in(rng, values):
    return len([v for v in values if v in rng])


evens = range(0, 100, 2)
print(count_in(evens, [1, 2, 3, 4, 98, 100]))
n = 0
step = -3
down = range(10, n, step)
print(list(down), len(down), down[1])
empty = range(5, 5)
print(len(empty), list(empty))
rows = range(3)
cols = range(4)
print([(i, j) for i in rows for j in cols if i == j])
try:
    print(r[6])
except IndexError as e:
    print("IndexError:", e)
try:
    bad = range(1, 5, n)
except ValueError as e:
    print("ValueError:", e)
