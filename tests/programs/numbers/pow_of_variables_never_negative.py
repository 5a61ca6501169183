# int ** int with a variable exponent that only ever holds ints >= 0 is an int (types/nonneg_names.py);
# one that may be negative keeps the float results CPython gives.  The outputs must be CPython's
# either way.
K = 17
MASK = 2**K - 1
BITS = K * 2


def table(k):
    powers = [3**c for c in range(k + 1)]
    return powers, sum(powers)


def steps():
    e = 0
    out = []
    while e < 70:
        out.append(2**e)  # past 64 bits at the end: a big int, not a float
        e += 7
    return out


def stepped_down():
    out = []
    for e in range(3, -3, -1):  # a negative step: e reaches -2
        out.append(2**e)
    return out


def maybe_negative(flag):
    e = 4
    if flag:
        e = e - 6  # a subtraction: e may be negative
    return 10**e


def from_parameter(n):
    return 2**n  # a parameter may be anything


def unpacked():
    a, b = 3, -1
    return 2**a, 2**b


def chained():
    n = 5
    m = n * 2 + len("abc")
    q = m // 3 % 4
    return 7**m, 7**q, 2**(m + q)


print(MASK, 2**BITS, table(5), table(12)[1])
print(steps())
print(stepped_down())
print(maybe_negative(False), maybe_negative(True))
print(from_parameter(10), from_parameter(-3))
print(unpacked())
print(chained())
print([2**i for i in range(0, 40, 13)], {i: 5**i for i in range(4)})
