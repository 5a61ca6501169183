# expect: 5:7: error: fractions.Fraction.__rpow__() with a int argument is not supported yet (pyzc's fractions module takes float for 'other')
from fractions import Fraction

half = Fraction(1, 2)
print(2 ** half)
