from fractions import Fraction
import fractions

a = Fraction(3, 4)
b = Fraction(-5, 6)
print(a, b, repr(a), repr(b))
print(a + b, a - b, a * b, a / b, a // b, a % b, b // a, b % a)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, a // 2, 7 // a, a % 2, 7 % a)
print(a + 0.5, 0.5 + a, a - 0.25, 0.25 - a, a * 1.5, 1.5 * a, a / 0.5, 0.5 / a, a // 0.5, 5.0 // a, a % 0.5, 5.0 % a)
print(a ** 2, a ** -3, b ** 3, b ** -2, a ** 0, Fraction(0) ** 5, a ** 0.5, 2.0 ** a)
print(-a, +b, abs(b), float(a), float(b), int(b), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(round(Fraction(-5, 2)), round(Fraction(12345, 1000), 2), round(Fraction(12345), -2), round(b, 1))
print(a.numerator, a.denominator, b.numerator, b.denominator, a.as_integer_ratio())
print(Fraction(6, 4), Fraction(3, -4), Fraction(-3, -4), Fraction(0, -5), Fraction(7), Fraction(), Fraction(True))
print(Fraction(Fraction(1, 3)), Fraction(Fraction(1, 3), Fraction(2, 5)), Fraction(2, Fraction(4, 3)))
big = Fraction(10 ** 30 + 1, 3)
print(big, big * big, big - 10 ** 29, float(big), int(big), hash(big) == hash(big + 0))
total = Fraction(0)
for n in range(1, 11):
    total += Fraction(1, n)
print(Fraction(1, 3) + Fraction(1, 6), total)
h = Fraction(1, 2)
h += 1
h *= Fraction(2, 3)
h -= 3
h /= 2
print(h)
print(fractions.Fraction(5, 10))
