"""math.frexp, ldexp, modf, nextafter, ulp and remainder: exact operations on a float's parts, as
CPython gives them (its special cases for inf, nan and -0.0, ldexp's OverflowError and its
exponents past the C int range, remainder's ValueError)."""
import math

inf = math.inf
nan = math.nan


def attempt(name, x, y, f):
    try:
        print(name, x, y, "->", f())
    except ValueError as e:
        print(name, x, y, "-> ValueError:", e)
    except OverflowError as e:
        print(name, x, y, "-> OverflowError:", e)


for x in (0.0, -0.0, 1, 1.0, 0.5, -3, 12.0, 0.1, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, inf, -inf, nan, True):
    m, e = math.frexp(x)
    print(x, (m, e), math.ldexp(m, e), math.frexp(x)[1] + 1)
for x, i in ((1.0, 0), (1.5, 3), (-0.75, -2), (1.0, 1023), (1.0, -1074), (1.0, -1075), (0.75, -1074),
             (1, 5), (0.0, 5000), (-0.0, -5000), (inf, -7), (nan, 3), (1.0, -5000),
             (-1.0, -10**30), (1.0, -2**63), (0.0, 10**30), (-inf, 10**40)):
    print(x, i, math.ldexp(x, i))
print(math.ldexp(True, True), math.ldexp(3, False))
for x, i in ((1.0, 1024), (-1.0, 1024), (1.7976931348623157e308, 1), (1.0, 10**30), (-2.0, 2**64), (0.5, 2**31)):
    attempt("ldexp", x, i, lambda: math.ldexp(x, i))

for x in (0.0, -0.0, 3.25, -3.25, 7, -1, 0.1, 1e300, 1e-300, 2.5e15 + 0.5, inf, -inf, nan, False):
    print(x, math.modf(x))
frac, whole = math.modf(-10.75)
print(frac + whole, type(frac).__name__, type(whole).__name__)

for x, y in ((1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (5e-324, 0.0), (-5e-324, 1.0),
             (1.7976931348623157e308, inf), (inf, 0.0), (-inf, inf), (nan, 1.0), (1.0, nan), (2, 3), (1e16, -inf)):
    print(x, y, math.nextafter(x, y))
for x in (1.0, -1.0, 0.0, -0.0, 2.0, 0.1, 1e300, 1e-300, 5e-324, 1.7976931348623157e308, 2 ** 52, 3, inf, -inf, nan):
    print(x, math.ulp(x))

for x, y in ((10, 3), (11, 3), (-10, 3), (5, 2), (7, 2), (-5, 2), (1.5, 1.0), (2.5, 1.0), (3.5, 1.0), (1e300, 3.0),
             (0.0, 1.0), (-0.0, 1.0), (6.0, 3.0), (-6.0, 3.0), (5.0, inf), (-5.0, -inf), (nan, 0), (1.0, nan),
             (5e-324, 1.5e-323), (1e-310, 3e-311), (math.pi, math.e), (100.0, 0.1)):
    print(x, y, math.remainder(x, y))
for x, y in ((1.0, 0.0), (-1.0, -0.0), (inf, 1.0), (-inf, 2), (inf, inf), (0, 0)):
    attempt("remainder", x, y, lambda: math.remainder(x, y))
