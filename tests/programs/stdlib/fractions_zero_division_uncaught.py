from fractions import Fraction

x = Fraction(2, 3)
print(x)
print(x / Fraction(0))
