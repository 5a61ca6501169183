# expect: 4:7: error: fractions.Fraction.__pow__() with a fractions.Fraction argument is not supported yet (pyzc's fractions module takes int | float for 'other')
from fractions import Fraction

print(Fraction(1, 4) ** Fraction(1, 2))
