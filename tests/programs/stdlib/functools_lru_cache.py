# functools.lru_cache and functools.cache: memoized recursion, LRU eviction order, errors not cached
import functools
from functools import cache, lru_cache

log = []


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=3)
def square(x):
    log.append(x)
    return x * x


@cache
def paths(a, b):
    if a == 0 or b == 0:
        return 1
    return paths(a - 1, b) + paths(a, b - 1)


@lru_cache
def shout(s):
    print("shout", s)


@lru_cache(2, False)
def count_down(n):
    log.append(n)
    if n <= 0:
        return [0]
    return count_down(n - 1) + [n]


@lru_cache(maxsize=0)
def uncached(x):
    log.append(x)
    return x + 1.5


@functools.cache
def constant():
    log.append(-1)
    return "made once"


@lru_cache(maxsize=4)
def checked(n):
    log.append(n)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n // 2


@lru_cache(maxsize=None)
def words(text, sep):
    log.append(len(text))
    return tuple(text.split(sep))


print(fib(90), paths(15, 15))
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 6, 1]:
    print(x, square(x))
print(log)
log.clear()
shout("a")
shout("a")
shout("b")
print(shout("a"))
print(count_down(5), count_down(5), count_down(3), log)
log.clear()
print(uncached(1), uncached(1), log)
log.clear()
print(constant(), constant(), log)
log.clear()
for n in (4, -1, 4, -1, 6):
    try:
        print(checked(n))
    except ValueError as e:
        print("ValueError:", e)
print(log)
log.clear()
print(words("a b c", " "), words("a b c", " "), words("a,b", ","), log)
checked(-7)
