# An index, a count or a bound made by `i * i` (or `i + k`) with i >= 2 is small or past 2**63, never in
# the band of int64 below the small ints: its guard raises for a big one (remove_range_checks: `_nofit`),
# and the product's slow path gives a big word.  Each error is CPython's.


def index_square(xs, i):
    return xs[i * i]


def repeat_square(i):
    return len([0] * (i * i - 3))


def marks(limit, start):
    flags = [True] * (limit + 1)
    for i in range(start, limit + 1):
        if flags[i % (limit + 1)]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return sum(flags)


def main():
    xs = list(range(100))
    print(index_square(xs, 3), index_square(xs, 9))
    for i in (10, 3037000499, 3037000500, 2**40, 2**62):
        try:
            print(index_square(xs, i))
        except IndexError as e:
            print("IndexError:", e)
    print(repeat_square(3), repeat_square(2))
    for i in (3037000500, 2**33):
        try:
            print(repeat_square(i))
        except (OverflowError, MemoryError) as e:
            print(type(e).__name__, e)
    print(marks(100, 2))
    print(marks(1000, 2))
    print(marks(50, 3037000500))
    n = 3037000499
    m = n * n
    print(m, m + n, m * 2, m > 2**63 - 1)
    k = n + 1
    print(k * k, k * k - 1, (k * k) // 7, k * k > m)


main()
