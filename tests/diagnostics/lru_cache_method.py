# expect: 6:6: error: lru_cache on a method or a nested function is not supported yet
import functools


class C:
    @functools.lru_cache(maxsize=None)
    def f(self, n):
        return n


print(C().f(1))
