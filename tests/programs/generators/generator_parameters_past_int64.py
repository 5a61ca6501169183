# A generator's parameters take the ranges of the arguments its creation sites pass (value_ranges:
# GenNew is the call of the resume function), and its items the range of what it yields.  Here the
# arguments, the items and the sums of the items cross 2**63.


def count_from(start, n):
    i = 0
    while i < n:
        yield start + i * 3
        i += 1


def squares_from(a, n):
    for i in range(a, a + n):
        yield i * i


def residues(n, m):
    for i in range(n):
        yield i * 7919 % m


def deeper(n, depth):
    yield n
    if depth > 0:
        yield from deeper(n * 1000 + 1, depth - 1)


def stepping(n, depth):
    yield n - 1
    if depth > 0:
        yield from stepping(n + 2**61, depth - 1)


def powers(base, n):
    x = 1
    for _ in range(n):
        yield x
        x *= base


def main():
    print(sum(count_from(10, 4)))
    print(sum(count_from(2**63 - 5, 5)))
    print(list(count_from(2**64, 3)))
    print(list(count_from(-2**63 + 2, 3)))
    print(list(count_from(-2**63 - 1, 2)))
    total = 0
    for x in count_from(9223372036854775800, 4):
        total += x
    print(total)
    print(list(squares_from(3037000498, 4)))
    print(sum(squares_from(0, 10)))
    acc = 0
    for r in residues(40, 1000):
        acc = acc * 1000 + r
    print(acc)
    print(acc % 1000003)
    print(list(deeper(7, 8)))
    print(list(stepping(2**62, 5)))
    big = 2**70
    print(max(count_from(big, 3)) - big)
    print(sum(residues(40, 1000), 2**63 - 100))
    print(sum(residues(40, 1000), 2**64))
    print(list(powers(3, 45))[-3:])
    print(sum(powers(7, 30)))
    gen = count_from(1, 3)
    print(next(gen), next(gen), next(gen), next(gen, -1))


main()
