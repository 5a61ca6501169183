from fractions import Fraction
import math

for text in ["3/4", "  -3/4 ", "1.25", " 1_000.5e-2", ".5", "5.", "1e+5", "-.5E-2", "+7", "10/4", "\u0661/\u0662", "0.000",
             "abc", "1 / 2", "+", "1e", "3/-4", "1.5/2", "", "1__0", "1_", "2/0", "1.dd", " 12 \n"]:
    try:
        print(repr(text), repr(Fraction(text)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(text), type(e).__name__, e)

for x in [1.25, 0.1, -2.5, 1e-300, 5e-324, 1e300, 0.0, -0.0, 3.0]:
    f = Fraction(x)
    print(x, f == Fraction.from_float(x), f.numerator.bit_length(), f.denominator.bit_length(), float(f) == x)
print(Fraction(1.1), Fraction.from_float(3))
for bad in [float("nan"), float("inf"), float("-inf")]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

a = Fraction(3, 4)
print(a < 1, a > 1, a <= Fraction(6, 8), a >= Fraction(7, 8), a == Fraction(6, 8), a != Fraction(6, 8))
print(a < 0.8, a == 0.75, 0.75 == a, a > 0.7, a >= 0.75, a <= 0.5, 1 > a, 0.5 < a, Fraction(2) == 2, 2 == Fraction(2))
print(a < float("inf"), a > float("-inf"), a == float("nan"), a < float("nan"), a != 1)
print(hash(Fraction(1, 3)), hash(Fraction(2)) == hash(2), hash(Fraction(-1)), hash(Fraction(10 ** 40, 7)),
      hash(Fraction(1, 2 ** 61 - 1)), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(-7, 3)))
d = {Fraction(1, 2): "half", Fraction(1, 3): "third"}
print(d[Fraction(2, 4)], Fraction(3, 9) in d, sorted([Fraction(1, 2), Fraction(-1, 3), Fraction(5, 7)]))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), max(Fraction(1, 3), Fraction(1, 2)))
if Fraction(0):
    print("zero is true")
elif a:
    print("a is true", bool(a), bool(Fraction(0)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))

pi = Fraction(3.141592653589793)
for m in [1, 10, 100, 1000, 100000]:
    print(m, pi.limit_denominator(m))
print(Fraction(0.1).limit_denominator(10), Fraction(1, 3).limit_denominator(), Fraction(-3.75).limit_denominator(2))
for bad_op in range(6):
    try:
        if bad_op == 0:
            print(Fraction(1, 0))
        elif bad_op == 1:
            print(Fraction(1, 2) / 0)
        elif bad_op == 2:
            print(Fraction(-3, 2) / Fraction(0))
        elif bad_op == 3:
            print(Fraction(0) ** -3)
        elif bad_op == 4:
            print(Fraction(1, 2) // Fraction(0))
        else:
            print(Fraction(5) % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    a.limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError", e)
print(Fraction(7, 3) ** -1 == 1 / Fraction(7, 3))
