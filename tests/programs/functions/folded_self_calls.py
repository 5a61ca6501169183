# Self-calls in the tail of a sum or a product (pyzc folds them into a loop: passes/tail_accumulation.py).
import sys

sys.setrecursionlimit(1_000_000)  # CPython then goes as deep as the folded loop must


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def total(xs, i):
    if i == len(xs):
        return 0
    return xs[i] + total(xs, i + 1)


def count_down(n):
    if n == 0:
        return 0
    return count_down(n - 1) + n  # the call on the left


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fact_expr(n):
    return 1 if n <= 1 else n * fact_expr(n - 1)


def swap(a, b, n):
    if n == 0:
        return a
    return b + swap(b, a, n - 1)  # the arguments trade places


def noisy(n):
    print("noisy", n)
    return n


def ordered(n):
    if n < 0:
        return 100
    return noisy(n) + ordered(n - 1)  # prints before each deeper call, as CPython does


def two_sites(n):
    if n <= 0:
        return 1
    if n % 3 == 0:
        return n + two_sites(n - 1)
    return 2 + two_sites(n - 2)


def big_steps(n):
    if n == 0:
        return -(2**63)
    return 2**62 + big_steps(n - 1)  # past 64 bits on the way


def signs(n):
    if n == 0:
        return 7
    return (-3 if n % 2 else 5) * signs(n - 1)


def fsum(n):
    if n == 0:
        return 0.0
    return 0.1 + fsum(n - 1)  # floats: not associative, so left as calls


def divide_down(xs, i):
    if i == len(xs):
        return 0
    return 100 // xs[i] + divide_down(xs, i + 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def up(n):
    return 1 + up(n + 1)  # never ends: RecursionError, as in CPython


def sum_of(values, i, acc_unused):
    if i >= len(values):
        return len(values)
    k = values[i] * 2
    return k + sum_of(values, i + 1, acc_unused)


print(fib(20), [fib(k) for k in range(12)])
print(total([3, 1, 4, 1, 5, 9, 2, 6], 0), total([], 0))
print(count_down(500))
print(fact(25), fact(1), fact(0), fact_expr(30))
print(swap(1, 10, 5), swap(1, 10, 6), swap(-4, 7, 0))
print(ordered(3))
print(two_sites(40), two_sites(-1))
print(big_steps(5), big_steps(0))
print(signs(9), signs(10))
print(fsum(100), fsum(37))
print(divide_down([1, 2, 3, 7], 0))
try:
    print(divide_down([5, 4, 0, 2], 0))
except ZeroDivisionError as e:
    print("caught:", e)
try:
    up(0)
except RecursionError:
    print("RecursionError")
print(sum_of([1, 2, 3], 0, None))
print(depth(300_000))  # as deep as calls went before they were folded (two words of stack each, not more)
