# expect: 4:34: error: functools.lru_cache(typed=True) is not supported yet
import functools

@functools.lru_cache(None, typed=True)
def f(n):
    return n


print(f(1))
