"""Functions a CPython program calls compiled (tests/test_hybrid.py): each is also run as plain Python."""
import sys


def add(a: int, b: int) -> int:
    return a + b


def mul(a: int, b: int) -> int:
    return a * b


def floordiv(a: int, b: int) -> int:
    return a // b


def mod(a: int, b: int) -> int:
    return a % b


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fdiv(x: float, y: float) -> float:
    return x / y


def fmix(x: float, y: float) -> float:
    return x * y - x + 0.5


def fcompare(x: float, y: float) -> bool:
    return x < y or x != x


def negate(b: bool) -> bool:
    return not b


def shout(s: str) -> str:
    return s.upper() + "!"


def length(s: str) -> int:
    return len(s)


def middle(s: str) -> str:
    return s[1:-1]


def rev(s: str) -> str:
    return s[::-1]


def char_at(s: str, i: int) -> str:
    return s[i]


def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def fsum(xs: list[float]) -> float:
    t = 0.0
    for x in xs:
        t += x
    return t


def sorted_copy(xs: list[int]) -> list[int]:
    return sorted(xs)


def doubled(xs: list[float]) -> list[float]:
    return [x * 2 for x in xs]


def first(xs: list[int]) -> int:
    return xs[0]


def join_words(words: list[str]) -> str:
    return " ".join(words)


def split_words(s: str) -> list[str]:
    return s.split()


def counts(words: list[str]) -> dict[str, int]:
    d: dict[str, int] = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def lookup(d: dict[str, int], k: str) -> int:
    return d[k]


def minmax(xs: list[int]) -> tuple[int, int]:
    return (min(xs), max(xs))


def swap(p: tuple[int, str]) -> tuple[str, int]:
    return (p[1], p[0])


def pairs(xs: list[int]) -> list[tuple[int, int]]:
    return [(x, x * x) for x in xs]


def find(xs: list[int], x: int):
    for i in range(len(xs)):
        if xs[i] == x:
            return i
    return None


def describe(n: int, name: str, ratio: float, ok: bool) -> str:
    return f"{name}: {n} {ratio} {ok}"


def nothing(x: int) -> None:
    if x < 0:
        raise ValueError("negative")


class Rejected(ValueError):
    pass


def check(x: int) -> int:
    if x > 100:
        raise Rejected("too big: " + str(x))
    return x


def leave(code: int) -> None:
    sys.exit(code)


def two_args(x: int) -> int:
    if x < 0:
        raise ValueError("negative", x)
    return x


def recurse(n: int) -> int:
    if n == 0:
        return 0
    return 1 + recurse(n - 1)


def scaled(x: int, k: int = 3) -> int:
    return x * k


def helper_caller(x):
    return x + 1


print(helper_caller(1))


def grid(rows: int, cols: int) -> list[list[int]]:
    return [[r * cols + c for c in range(cols)] for r in range(rows)]


def transpose(g: list[list[float]]) -> list[list[float]]:
    if not g:
        return []
    return [[row[c] for row in g] for c in range(len(g[0]))]


def invert(d: dict[int, str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k, v in d.items():
        if v not in out:
            out[v] = []
        out[v].append(k)
    return out


def churn(n: int) -> int:
    words = [str(i) * 3 for i in range(n)]
    return len(" ".join(words))


def _error(x: int) -> int:  # a name the wrapper could have used for itself
    return -x


def squares_past_64_bits(xs: list[int]) -> list[tuple[int, int]]:
    """An item of the result past 64 bits: OverflowError at the boundary, and the next call is clean."""
    return [(x, x ** 4) for x in xs]
