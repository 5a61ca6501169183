# os.path functions take their parameter by name, as CPython's (written in Python) do;
# math's pairs (floor of an int, isclose, fsum, prod) and time.sleep keep their results.
import math
import os
import sys
import time

print(os.path.exists(path="/nonexistent/pyzc/file"), os.path.isdir(s="/"))
print(os.path.basename(p="a/b/c.txt"), os.path.dirname(p="a/b/c.txt"))
print(os.path.join("a", "b", "c.txt"))
print(math.floor(7), math.ceil(2.5), math.trunc(-2.5), math.floor(True))
print(math.isclose(1.0, 1.0 + 1e-12), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod(x / 2 for x in range(1, 4)))
print(math.gcd(12, 18), math.lcm(4, 6), math.log(8, 2), math.log(math.e), math.hypot(3, 4))
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.isfinite(1.0))
time.sleep(0)
print(sys.getrecursionlimit() > 0)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
sys.exit(3)
