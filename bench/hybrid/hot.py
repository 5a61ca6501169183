"""The hot module of bench/hybrid/app.py: compiled with `pyzc build --module`, or imported as Python."""


def add(a: int, b: int) -> int:
    return a + b


def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def count_primes(n: int) -> int:
    sieve = [True] * (n + 1)
    sieve[0] = False
    sieve[1] = False
    p = 2
    while p * p <= n:
        if sieve[p]:
            for m in range(p * p, n + 1, p):
                sieve[m] = False
        p += 1
    count = 0
    for flag in sieve:
        if flag:
            count += 1
    return count


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def collatz_longest(limit: int) -> tuple[int, int]:
    best, best_len = 1, 1
    for start in range(1, limit):
        n, steps = start, 1
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > best_len:
            best, best_len = start, steps
    return (best, best_len)
