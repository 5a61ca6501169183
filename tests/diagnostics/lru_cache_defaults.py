# expect: 6:1: error: lru_cache on a function with default, *, ** or keyword-only parameters (f) is not supported yet
from functools import lru_cache


@lru_cache(maxsize=None)
def f(n, step=1):
    return n + step


print(f(1))
