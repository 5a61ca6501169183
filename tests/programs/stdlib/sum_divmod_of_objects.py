from datetime import timedelta
from fractions import Fraction


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(sum([Fraction(1, n) for n in range(1, 11)], Fraction(0)))
one = Fraction(1)
print(sum((Fraction(1, 2 ** k) for k in range(20)), one))
durations = [timedelta(minutes=m) for m in (5, 45, 90)]
print(sum(durations, timedelta()), sum([], timedelta(hours=1)), sum(durations, start=timedelta(days=1)))
print(sum([Vec(1, 2), Vec(3, 4)], Vec(0, 0)), sum([2, 5], Fraction(1, 6)))
zero = Fraction(0)
print(sum((Fraction(k, 7) for k in range(7)), zero))
print(divmod(Fraction(7, 2), Fraction(1, 3)), divmod(Fraction(-7, 2), 2), divmod(5, Fraction(3, 4)), divmod(Fraction(7, 2), 1.5))
print(divmod(timedelta(hours=25), timedelta(hours=2)), divmod(timedelta(-1), timedelta(minutes=7)))
q, r = divmod(timedelta(days=3, seconds=5), timedelta(days=1))
print(q, r)
try:
    print(divmod(timedelta(1), timedelta(0)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
