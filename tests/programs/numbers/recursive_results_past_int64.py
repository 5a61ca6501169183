# What a function that calls itself returns is found by guesses checked against its body
# (value_ranges.self_recursive_result): fib's results are >= 0, so its sum is tested with one sign test
# for a big word or an overflow.  Here such results start below, at and past 2**63 and cross it.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def grow(n):
    if n < 2:
        return 2**62
    return grow(n - 1) + grow(n - 2)


def tower(n):
    if n == 0:
        return 2**64
    return tower(n - 1) + n


def halves(n):
    if n == 0:
        return -5
    return halves(n - 1) * 2


def edge(n, x):
    if n == 0:
        return x
    return edge(n - 1, x) + edge(n - 1, 1)


def count(xs, i):
    if i == len(xs):
        return 0
    return count(xs, i + 1) + xs[i]


def main():
    print(fib(20), fib(1), fib(0))
    print(grow(2), grow(3), grow(6))
    print(tower(0), tower(5))
    print(halves(3), halves(70), halves(3) + 1)
    print(edge(3, 2**63 - 3), edge(4, 5), edge(2, 2**63 - 1))
    print(count([2**62, 2**62, 2**62], 0), count([1, 2, 3], 0), count([2**63 - 1, 1], 0))
    print(count([2**63 - 1, 2**63 - 1, 2**200], 0))


main()
