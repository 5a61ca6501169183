# Arithmetic and comparison of numbers that are an int at one time and a float at another
# (PyzNum): float with float, float with small int, int with float, and the cases the inline
# paths leave to the runtime (big ints, bools, division, powers, NaN).


def pick(i):
    if i % 3 == 0:
        return i  # an int
    if i % 3 == 1:
        return i * 0.5  # a float
    return i % 2 == 0  # a bool


values = [pick(i) for i in range(9)] + [2**70, -(2**63), float("nan"), float("inf"), -0.0, 1e308]
for a in values:
    row = []
    for b in values:
        try:
            row.append(repr(a + b))
        except OverflowError as e:
            row.append("OverflowError")
        row.append(repr(a - b) if not (isinstance(a, int) and isinstance(b, float) and abs(a) > 2**1023) else "-")
        try:
            row.append(repr(a * b))
        except OverflowError:
            row.append("OverflowError")
        row.append(str((a < b, a <= b, a == b, a != b, a > b, a >= b)))
    print(repr(a), " ".join(row))

x = 0
for i in range(1, 40):
    x = x * 1.5 + i if i % 4 else x + i
    if x > 1e6:
        x = x - 1e6
print(x, type(x).__name__)
n = 3
for k in range(5):
    n = n * 2 - 1.0 if k == 2 else n * 2 - 1
print(n, type(n).__name__, n < 40, 40 < n)
