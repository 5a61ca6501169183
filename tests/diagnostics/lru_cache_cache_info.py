# expect: 10:7: error: f.cache_info (of an lru_cache function) is not supported yet
import functools


@functools.cache
def f(n):
    return n * 2


print(f.cache_info())
