# Exponentiation with ints, floats and negative constant exponents.
for base in [2, 3, -2, 10]:
    row = []
    for e in range(0, 6):
        row.append(base ** e)
    print(base, row)
print(2 ** -1, 2 ** -2, 10 ** -3, 4 ** -1)
print((-2) ** -3, 5 ** -2)
print(2.0 ** 10, 2.0 ** 0.5, 9.0 ** 0.5, 27.0 ** (1.0 / 3.0))
print(1.5 ** 2, 0.5 ** 3, (-1.5) ** 3)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(0 ** 0, 0.0 ** 0, 1 ** 100)
print(2 ** 60, 2 ** 40 + (2 ** 40 - 1))
print(3 ** 30)
print(7 ** 20)


def power_mod(base, exp, mod):
    result = 1
    b = base % mod
    e = exp
    while e > 0:
        if e & 1:
            result = result * b % mod
        b = b * b % mod
        e >>= 1
    return result


for e in [0, 1, 10, 100, 12345]:
    print("3 ^", e, "mod 1000007 =", power_mod(3, e, 1000007))
print(power_mod(2, 62, 1000000007))
rate = 1.05
principal = 1000.0
for years in [1, 5, 10, 30]:
    print(years, "years:", round(principal * rate ** years, 2))
print(10 ** 18, -(10 ** 18))
