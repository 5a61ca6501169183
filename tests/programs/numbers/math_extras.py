# math.fsum (exact, CPython's rounding), isclose, factorial, isqrt, comb, perm, lcm, prod; their errors.
import math
from math import fsum, isclose

print(sum([0.1] * 10), fsum([0.1] * 10), fsum(x / 7 for x in range(1, 50)))
print(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(fsum([]), fsum([math.inf, 1.0]), fsum([2.0 ** 53, 1.0, 1.0]), fsum([1, 2, 3]))
print(isclose(1.0, 1.0 + 1e-10), isclose(1.0, 1.1), isclose(0.0, 1e-12, abs_tol=1e-9), isclose(100, 101, rel_tol=0.05))
print(math.factorial(0), math.factorial(10), math.factorial(20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 18), math.isqrt(2 ** 62 - 1))
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 11), math.comb(60, 30), math.perm(5, 2), math.perm(10, 0))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.prod([1, 2, 3, 4]), math.prod([0.5, 4.0]), math.prod(x for x in range(1, 6)))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(3, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
print(math.isqrt(-1))
