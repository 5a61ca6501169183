# Constant int expressions are folded exactly: an intermediate value may leave 64 bits
# as long as the result fits (CPython has no limit, so these are ordinary values).
BIG = 2**63 - 1
SMALL = -2**63
print(BIG, SMALL, -(2**63), 2**63 - 1 == BIG)
print(-1 << 63, (-1 << 63) == SMALL)
print(-9223372036854775808)
print(2**64 // 4, 2**64 >> 2, (2**70 - 1) & 0xFFFF, 10**20 // 10**5, 3**45 % 1000003)
print(-(2**63) // -2, ~(2**63 - 1), -2**62 * 2, (2**63 + 5) % 7)


def shifted(x, k):
    return x << k


def mask(bits):
    return (1 << bits) - 1


print(shifted(-1, 63), shifted(-2, 62), shifted(1, 62), mask(62))
for x, k in ((-1, 63), (-2, 62), (0, 100), (0, 63), (-4611686018427387904, 1), (5, 0)):
    print(x, k, shifted(x, k))
x = -1
print(x << 63, x << 0, (x + 1) << 200)
