from datetime import timedelta
import datetime

print(timedelta(1), timedelta(1, 5), timedelta(-1, 5, 7), timedelta(2), timedelta(0, 0, 1), timedelta())
print(repr(timedelta(-1, 5)), repr(timedelta(microseconds=-1)), repr(timedelta(0)), repr(timedelta(days=3, hours=4)))
print(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8))
print(timedelta(hours=-1), timedelta(seconds=86400 * 3 + 5), timedelta(minutes=-90).days, timedelta(minutes=-90).seconds)
d = timedelta(days=1, seconds=3661, microseconds=5)
print(d.days, d.seconds, d.microseconds, d.total_seconds(), timedelta(hours=36).total_seconds())
for days, seconds, microseconds in [(1.5, 0.5, 0.5), (0.0, 0.0, 0.5), (0.0, 0.0, 1.5), (0.0, 0.0, -0.5), (0.0, 1 / 3, 0.0),
                                    (0.1, 0.2, 0.3), (-0.7, 1e-7, 2.5)]:
    print(repr(timedelta(days, seconds, microseconds)))
print(repr(timedelta(0, 0, 0, 0.0005)), repr(timedelta(days=1, seconds=0.5)))
print(repr(timedelta(weeks=1.1, hours=-3.3)), repr(timedelta(minutes=2.5)), repr(timedelta(milliseconds=-1.25)))
a = timedelta(hours=5)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(b - a), a * 3, 3 * a, a * 0.1, 0.5 * a, a / 3, a / 2.5, a / b, a // b, a % b)
print(a // 7, -a // 7, timedelta(1) * 0.1, timedelta(7) / 3, timedelta(7, 1) / 2.5, timedelta(5) / timedelta(0, 7))
print(a > b, a < b, a == timedelta(seconds=18000), a != b, a >= a, b <= a, a == 5, bool(timedelta(0)), bool(b))
print(hash(timedelta(1, 2, 3)), hash(timedelta(0)), hash(timedelta(-1)), hash(a) == hash(timedelta(minutes=300)))
print(sorted([a, b, timedelta(0), -b]), max(a, b), min(a, b))
total = timedelta(0)
for m in range(1, 5):
    total += timedelta(minutes=m)
print(total, datetime.timedelta(days=1) - datetime.timedelta(seconds=1))
tests = [lambda: str(timedelta(days=1e9)), lambda: str(timedelta(days=-1e9)), lambda: str(timedelta(999999999, 86400)),
         lambda: str(timedelta(1) / 0), lambda: str(timedelta(1) // 0), lambda: str(timedelta(1) / 0.0), lambda: str(timedelta(1) % timedelta(0)),
         lambda: str(timedelta(1) / timedelta(0)), lambda: str(timedelta(1) // timedelta(0)), lambda: str(timedelta(1) * float("nan")),
         lambda: str(timedelta(999999999) + timedelta(1)), lambda: str(timedelta(days=float("inf")))]
for t in tests:
    try:
        print(t())
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
