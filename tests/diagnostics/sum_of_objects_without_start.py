# expect: 4:11: error: sum() of fractions.Fraction values needs a start of their type (sum(items, start)): with CPython's start 0 the result is the int 0 when there are no items
from fractions import Fraction

print(sum([Fraction(1, 2), Fraction(1, 3)]))
