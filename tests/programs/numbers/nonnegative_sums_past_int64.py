# A sum of two ints >= 0, one of them at most 2**62, whose fast path is one test: the wrapped sum is
# negative when it passes 2**63 or when the other operand is a big int (remove_range_checks: nonneg).
# Here such sums start below, at and past 2**63 and cross it.


def count_up(start, n):
    count = start
    for _ in range(n):
        count += 1
    return count


def add_residues(start, n, m):
    total = start
    for i in range(n):
        total += i * 2654435761 % m
    return total


def sum_items(xs):
    total = 0
    for x in xs:
        if x >= 0:
            total += x % 4611686018427387905  # in [0, 2**62]
    return total


def main():
    print(count_up(0, 10))
    print(count_up(2**63 - 5, 10))
    print(count_up(2**63 - 1, 1))
    print(count_up(2**64 + 7, 3))
    print(count_up(2**100, 2))
    print(add_residues(0, 100, 1000))
    print(add_residues(2**63 - 50_000, 100, 1000))
    print(add_residues(2**62, 5, 2**62 + 1))
    print(add_residues(2**63, 5, 2**62 + 1))
    print(add_residues(0, 7, 2**62 + 1))
    print(sum_items([2**62, 2**62, 2**62, 5]))
    print(sum_items([2**62 - 1, 2**62 + 1, 2**63 - 1, 2**63, 2**64 + 3]))
    print(sum_items([4611686018427387904, 4611686018427387904, -1, 2**200]))
    print(sum_items(list(range(1000))))


main()
