# A parameter that a function passes to itself as p + k is bounded by what other calls give it plus
# k times the deepest recursion the stack allows (value_ranges.recursion_steps).  Here such parameters,
# and parameters passed any other way, start near or past 2**63 and cross it, so nothing may be proved
# small that is not.


def climb(x, steps):
    if steps == 0:
        return x
    return climb(x + 1, steps - 1)


def descend(x, steps):
    if steps <= 0:
        return x * 3
    return descend(x - 2, steps - 1)


def walk(row, n, acc):
    if row >= n:
        return acc
    return walk(row + 1, n, acc + row * 2)


def doubling(x, steps):
    if steps == 0:
        return x
    return doubling(x * 2 + 1, steps - 1)


def by_step(x, k, steps):
    if steps == 0:
        return x
    return by_step(x + k, k, steps - 1)


def rebinds(x, steps):
    if steps == 0:
        return x
    x = x + 2**40
    return rebinds(x + 1, steps - 1)


def ping(x, steps):
    if steps == 0:
        return x
    return pong(x + 3, steps - 1)


def pong(x, steps):
    return ping(x + 4, steps)


def queens_like(n, row, cols):
    if row == n:
        return row * row
    count = 0
    for c in range(n):
        if not cols[c]:
            cols[c] = True
            count += queens_like(n, row + 1, cols)
            cols[c] = False
    return count + row


def scaled(row, n, acc):
    if row == n:
        return acc
    return scaled(row + 1, n, acc + row * 2**61 + row * row)


def main():
    print(climb(2**63 - 3, 6))
    print(climb(-2**63 + 2, 0))
    print(climb(2**100, 3))
    print(climb(10, 5))
    print(descend(-2**63 + 3, 4))
    print(descend(-(2**63) // 3 - 5, 3))
    print(descend(100, 10))
    print(walk(2**63 - 4, 2**63 + 2, 0))
    print(walk(0, 10, 0))
    print(doubling(1, 70))
    print(by_step(0, 2**62, 5))
    print(by_step(5, -1, 5))
    print(rebinds(2**63 - 2**42, 5))
    print(ping(2**63 - 10, 3))
    print(ping(1, 3))
    print(queens_like(5, 0, [False] * 5))
    print(queens_like(2, 2**63 - 2, [False] * 2))
    print(queens_like(4, 2, [False] * 4))
    print(scaled(0, 10, 0))


main()
