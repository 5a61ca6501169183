# math.log, log2, log10 and log(x, base) of ints too large for a float: CPython scales the int
# (m * 2**e) and adds e * log(2) instead of raising OverflowError; also ints in a number of
# several types, ints near 2**1024, and the domain and base-1 errors
import math

print(math.log10(math.factorial(171)), math.log(math.factorial(300)), math.log2(math.factorial(250)))
for k in (1000, 1023, 1024, 1025, 2000, 5000):
    n = 2 ** k
    print(k, math.log(n), math.log2(n), math.log10(n), math.log(n - 1), math.log2(n + 1), math.log(n, 2))
print(math.log(3 ** 900, 3), math.log(10 ** 350, 10), math.log(7 ** 500, 7 ** 400), math.log(2.5, 10 ** 330))
print(math.log10(10 ** 309), math.log10(10 ** 308), math.log(2 ** 1024 - 2 ** 970), math.log(2 ** 1024 - 2 ** 971))

grains = [17, 2 ** 1100 + 12345, 0.75, 10 ** 320, 1]
for g in grains:
    print(g if isinstance(g, float) or g < 10 ** 6 else "big", math.log(g), math.log2(g), math.log10(g))
    print(math.log(g, 1 + 10 ** 400), math.log(1 + 10 ** 400, g) if g != 1 else "one")

total = 1
for i in range(1, 200):
    total *= i
    if i % 40 == 0:
        print(i, math.log10(total), math.log(total, 10))

for bad in (0, -(10 ** 400), -5):
    try:
        print(math.log(bad))
    except ValueError as e:
        print("log ValueError", e)
    try:
        print(math.log2(bad))
    except ValueError as e:
        print("log2 ValueError", e)
    try:
        print(math.log10(bad))
    except ValueError as e:
        print("log10 ValueError", e)
try:
    print(math.log(10 ** 400, 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(math.log(10 ** 400, -(10 ** 400)))
except ValueError as e:
    print("ValueError", e)
