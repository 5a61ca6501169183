# Fraction against CPython's on seeded random operands: arithmetic with Fractions, ints and floats,
# comparisons, hashes, conversions, rounding, limit_denominator and parsing.
import math
import random
from fractions import Fraction

random.seed(18)


def rint() -> int:
    k = random.randint(0, 3)
    if k == 0:
        return random.randint(-10, 10)
    if k == 1:
        return random.randint(-10 ** 6, 10 ** 6)
    if k == 2:
        return random.randint(-10 ** 30, 10 ** 30)
    return 0


def rfloat() -> float:
    k = random.randint(0, 3)
    if k == 0:
        return random.uniform(-10.0, 10.0)
    if k == 1:
        return random.random() * 1e-300
    if k == 2:
        return 1e300 * random.random()
    return float(random.randint(-9, 9)) / 4


lines = []
for _ in range(300):
    a = Fraction(rint(), rint() or 1)
    b = Fraction(rint(), rint() or 1)
    i = rint()
    f = rfloat()
    row = [str(a + b), str(a - b), str(a * b), str(a + i), str(i - a), str(a * f), str(f / a) if a else "-"]
    row += [str(a < b), str(a <= i), str(a == f), str(f > a), str(i >= a), str(a != b)]
    if b:
        row += [str(a / b), str(a // b), str(a % b)]
    if i:
        row += [str(a / i), str(a // i), str(a % i), str(i / a) if a else "-", str(i // a) if a else "-", str(i % a) if a else "-"]
    e = random.randint(-4, 4)
    if a or e >= 0:
        row.append(str(a ** e))
    row += [str(hash(a)), repr(float(a)), str(int(a)), str(round(a)), str(math.floor(a)), str(math.ceil(a))]
    row += [str(round(a, random.randint(-3, 3))), str(a.limit_denominator(random.choice([1, 7, 100, 10 ** 6])))]
    row += [repr(Fraction(f)), str(Fraction(f).limit_denominator(1000))]
    lines.append(" ".join(row))
digest = 0
for line in lines:
    for c in line:
        digest = (digest * 31 + ord(c)) % 1000000007
print(len(lines), digest)
print(lines[0])
print(lines[-1])

alphabet = "0123456789_/.eE+- "
good = 0
for _ in range(2000):
    s = "".join(random.choice(alphabet) for _ in range(random.randint(0, 8)))
    try:
        print(repr(s), Fraction(s))
        good += 1
    except (ValueError, ZeroDivisionError) as e:
        if random.random() < 0.05:
            print(repr(s), type(e).__name__, e)
print(good)
