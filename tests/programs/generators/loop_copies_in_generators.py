# A generator whose first loop is copied by passes/version_loops.py (a sum bounded by its trip count)
# and whose loops that yield are not: each yield stays one resume point.
def gen(n):
    total = 0
    for i in range(n):
        total += i % 5
    yield total
    for i in range(n):
        total += i
        yield total


def squares(xs):
    for i in range(len(xs)):
        yield xs[i] * xs[i]


print(list(gen(10)), sum(gen(1000)))
print(list(squares([1, 2, 3])))
