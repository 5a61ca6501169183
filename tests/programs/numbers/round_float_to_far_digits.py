# round(x, n) of floats with n far from zero: below -22 CPython still rounds to a power of ten
# (exactly, half to even), up to 323 digits after the point it rounds too, and an ndigits past the
# C range is clipped (no OverflowError); a result past the float range is an OverflowError
values = [1e23, 1.5e300, 1e30, 4.5e24, 5e24, 5.5e24, 2.5e40, -3.5e45, 1.23456789e-24, 6.02214076e23,
          1.7976931348623157e308, 123.456, -0.0, 5e-324, 2.5]
places = [-23, -24, -25, -29, -40, -45, -300, -307, -308, -309, 23, 25, 30, 100, 323, 324, 400]
for v in values:
    row = []
    for n in places:
        try:
            row.append(repr(round(v, n)))
        except OverflowError as e:
            row.append("OverflowError(" + str(e) + ")")
    print(v, " ".join(row))

huge = 10 ** 19
print(round(1.5, huge), round(2.5, -huge), round(-7.25, huge * huge), round(-7.25, -huge * huge))
print(round(float("inf"), -huge), round(float("nan"), huge), round(float("-inf"), -400))

k = -22
while k > -30:
    print(k, round(12345678901234567890123456789.0, k), round(-98765432109876543210987654321.0, k))
    k -= 1

mixed = [3, 2.5e25, 7]
for m in mixed:
    print(round(m, -25), round(m, 1))
try:
    print(round(9.9e307, -308))
except OverflowError as e:
    print("OverflowError", e)
