# Shifts by a constant count (C shifts, with an overflow test for <<) and module constants read as
# constants only when nothing else assigns them: a global a function rebinds is read afresh.
MASK = 0xFFFFFFFF
WIDTH = 7
counter = 0
limit = 10


def bump():
    global counter, limit
    counter += 1
    limit = limit * 2


def mix(y):
    y ^= y >> 11
    y ^= (y << WIDTH) & 0x9D2C5680
    y ^= (y << 15) & 0xEFC60000
    return (y ^ (y >> 18)) & MASK


print([mix(v) for v in (0, 1, 12345, 2**31 - 1, 4294967295)])
print(-17 >> 1, -1 >> 62, -(2**40) >> 3, 5 >> 62, 1 << 62, -(1 << 62), (-3) << 4)
for _ in range(3):
    bump()
print(counter, limit, MASK, WIDTH)
big = 3
print(big << 60, -big << 60, (big << 29) >> 29)
