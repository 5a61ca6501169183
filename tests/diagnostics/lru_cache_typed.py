# expect: 3:22: error: lru_cache() with typed= is not supported yet
import functools
@functools.lru_cache(typed=True)
def f(n):
    return n
print(f(1))
