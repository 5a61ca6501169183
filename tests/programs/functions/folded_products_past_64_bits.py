# Self-calls folded by `*` (passes/tail_accumulation.py) whose product grows past 64 bits: the rest
# of the recursion is then a call (`return acc * f(...)`), so a product that never returns is not
# multiplied at every step (2 * f(n - 2) from an odd n: CPython raises RecursionError having
# multiplied nothing).  Values checked against loops, signs, zeros, and the order of the product.
import sys

sys.setrecursionlimit(100_000)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def powish(b, n):
    return 1 if n == 0 else b * powish(b, n - 1)


def doubled(n, k):
    return n if n == 0 else 2 * doubled(n - 2, k)


def mixed(n):
    if n <= 0:
        return -1
    return (n % 5 + 2) * mixed(n - 1) if n % 3 else mixed(n - 1) * -3


def loop_fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


for n in (0, 1, 20, 21, 25, 100, 400):
    assert fact(n) == loop_fact(n), n
    print(n, len(str(fact(n))), fact(n) % 1000003)
for b, n in ((2, 62), (2, 63), (2, 64), (-3, 41), (-3, 200), (0, 500), (10 ** 20, 3), (-1, 1001)):
    print(b, n, powish(b, n) == b ** n, str(powish(b, n))[:30])
print(doubled(10, 0), doubled(200, 1) == 0)
print([mixed(n) for n in range(12)], mixed(300) % 99991)
try:
    print(doubled(99, 7))
except RecursionError:
    print("RecursionError")
