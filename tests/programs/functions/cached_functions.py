# @functools.cache / @lru_cache: results kept per argument values, recursion through the cache
import functools
from functools import lru_cache, cache
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
@lru_cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
calls = [0]
@cache
def slow(s, k=2):
    calls[0] += 1
    return s * k
print(fib(90), paths(16, 16), slow("ab"), slow("ab"), slow("ab", 3), calls)
@cache
def zero():
    return [1, 2]
print(zero() is zero(), zero())
