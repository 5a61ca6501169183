# Nested functions reading the enclosing variables (at call time), calling each other and themselves, inside methods too.
def outer(n, scale):
    base = 10
    def helper(x):
        return x * scale + base
    def twice(x, extra=0):
        return helper(helper(x)) + extra
    total = 0
    for i in range(n):
        total += twice(i, extra=1)
    base = 1000
    return total, helper(1)


def fact_table(n):
    memo = {}
    def fact(k):
        if k in memo:
            return memo[k]
        r = 1 if k <= 1 else k * fact(k - 1)
        memo[k] = r
        return r
    return [fact(i) for i in range(n)]


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def neighbours(self, x, y):
        def inside(a, b):
            return 0 <= a < self.w and 0 <= b < self.h
        return [(x + dx, y + dy) for dx, dy in [(-1, 0), (1, 0), (0, -1), (0, 1)] if inside(x + dx, y + dy)]


print(outer(5, 3))
print(fact_table(8))
print(Grid(3, 2).neighbours(0, 0), Grid(3, 2).neighbours(1, 1))
