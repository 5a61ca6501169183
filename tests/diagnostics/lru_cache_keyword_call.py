# expect: 10:7: error: a call of the lru_cache function f() with keyword arguments is not supported yet
import functools


@functools.lru_cache
def f(n):
    return n * 2


print(f(n=3))
