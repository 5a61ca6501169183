from fractions import Fraction

print(Fraction("1/3") + Fraction("0.5"))
print(Fraction("1/3x"))
