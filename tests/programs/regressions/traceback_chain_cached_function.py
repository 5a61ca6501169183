# an exception through a cached function: the traceback shows the function's own frames only,
# as CPython's (its cache is C code); a pyzc-written wrapper once added a frame per call
from functools import lru_cache


@lru_cache(maxsize=None)
def boom(n):
    if n == 3:
        raise ValueError("three")
    boom(n + 1)


try:
    boom(0)
except ValueError:
    raise KeyError("k")
