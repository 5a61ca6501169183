# a - b where b <= a is known (value_ranges.order_facts: i <= i * 3 <= acc + i * 3, i // 7 <= i) is
# >= 0, so a % m after it is C's %; every case here where the order does not hold must keep
# Python's sign rules.


def mixed(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * 3 - i // 7 + i % 11) % 1_000_003
    return acc


def with_negatives(lo, hi):
    out = []
    for i in range(lo, hi):
        out.append((i * 3 - i // 7) % 5)  # negative for i < 0
    return out


def negative_start(n, acc):
    out = []
    for i in range(n):
        out.append(((acc + i) - i // 2) % 7)  # acc < 0: acc + i may be below i // 2
    return out


def factor_maybe_zero(n, k):
    out = []
    for i in range(n):
        out.append((i * k - i) % 4)  # k == 0: i * k is below i
    return out


def divisor_maybe_negative(n, k):
    out = []
    for i in range(1, n):
        out.append((i - i // k) % 3)  # k < 0: i // k is negative, i - i // k > i
        out.append((i % k - i) % 5)  # k < 0: i % k <= 0
    return out


def reassigned(n):
    out = []
    for i in range(n):
        t = i * 3
        i = i + 100  # the fact i <= t is about the old i
        out.append((t - i) % 7)
    return out


def shifted(n):
    out = []
    for i in range(n):
        a = i + 5
        b = a // 2
        out.append((a - b) % 3, )
        out.append((b - a) % 3)  # b <= a: b - a <= 0
    return out


print(mixed(5000), mixed(0), mixed(1))
print(with_negatives(-20, 20))
print(negative_start(10, -100), negative_start(10, 3))
print(factor_maybe_zero(10, 0), factor_maybe_zero(10, 2))
print(divisor_maybe_negative(8, -3), divisor_maybe_negative(8, 3))
print(reassigned(10))
print(shifted(10))
