# Fraction's and timedelta's hashes are CPython's, so their sets iterate in CPython's order.
from datetime import timedelta
from fractions import Fraction

fs = {Fraction(n, d) for n in range(-6, 7) for d in range(1, 5)}
print(len(fs), fs == set(fs), Fraction(1, 2) in fs)
print(sorted(fs)[:5])
print(list({Fraction(1, 3), Fraction(7, 2), Fraction(-5, 9), Fraction(2), Fraction(10 ** 20, 3)}))
print(list({timedelta(1), timedelta(0, 5), timedelta(-3, 7, 9), timedelta(hours=30), timedelta(weeks=9)}))
counts: dict[Fraction, int] = {}
for n in range(1, 40):
    key = Fraction(n % 7, 3)
    counts[key] = counts.get(key, 0) + 1
print(counts)
