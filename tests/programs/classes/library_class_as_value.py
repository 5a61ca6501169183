# A class of a library module (fractions.Fraction) as a value: its constructor function
# (frontend/class_values.py); the library class's name crashed pyzc there.
from fractions import Fraction


def total(make, pairs):
    s = make(0)
    for num, den in pairs:
        s += make(num, den)
    return s


print(total(Fraction, [(1, 3), (2, 5), (1, 6)]))
