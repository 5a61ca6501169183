# expect: 4:7: error: type object 'fractions.Fraction' has no attribute 'from_decimal'
from fractions import Fraction

print(Fraction.from_decimal(3))
