"""math's gamma, lgamma, erf, erfc, the inverse hyperbolic functions, cbrt and exp2: exact cases,
special values, CPython's domain and range errors, and 12 significant digits elsewhere (where libm's
last bit may differ; the exact prints are on arguments where it does not)."""
import math

inf = math.inf
nan = math.nan


def attempt(name, x, f):
    try:
        print(name, x, "->", f())
    except ValueError as e:
        print(name, x, "-> ValueError:", e)
    except OverflowError as e:
        print(name, x, "-> OverflowError:", e)


# gamma: exact factorials at the integers 1..23, CPython's Lanczos code elsewhere
for n in range(1, 24):
    print(n, math.gamma(n), math.lgamma(n) if n <= 2 else round(math.lgamma(n), 9))
print(math.gamma(0.5) ** 2, f"{math.gamma(0.5):.15g}", f"{math.gamma(1.5):.12g}", f"{math.gamma(-0.5):.12g}")
for x in (0.1, 2.5, 7.25, 30.5, 100.5, 170.5, 171.6, -1.5, -2.5, -10.25, -150.5, -170.5, -199.5, -250.5, 1e-25, -1e-25):
    print(x, f"{math.gamma(x):.12g}")
print(math.gamma(inf), math.gamma(nan), math.gamma(-250.5), math.gamma(-251.5), math.gamma(5), math.gamma(True))
for x in (0, 0.0, -0.0, -1, -2.0, -inf, 171.7, 200, 1e300, 1e-310, -1e-310):
    attempt("gamma", x, lambda: math.gamma(x))

# lgamma: CPython's own Lanczos formula too
for x in (0.5, 1.5, 2.5, 3.0, 10.5, 100.0, 1e5, 1e10, 1e200, -0.5, -1.5, -2.5, -100.25, 1e-30, -1e-30, 1e-320):
    print(x, f"{math.lgamma(x):.12g}")
print(math.lgamma(1), math.lgamma(2.0), math.lgamma(inf), math.lgamma(-inf), math.lgamma(nan))
for x in (0, -0.0, -1, -2, -3.0, -1e20, 1e306, 1e308):
    attempt("lgamma", x, lambda: math.lgamma(x))

# erf, erfc
print(math.erf(0.0), math.erf(-0.0), math.erf(inf), math.erf(-inf), math.erf(nan), math.erf(7), math.erf(-7))
print(math.erfc(0.0), math.erfc(inf), math.erfc(-inf), math.erfc(nan), math.erfc(30), math.erfc(-30), math.erfc(100))
for x in (1e-300, 0.1, 0.5, 0.84375, 1.0, 1.25, 2.0, 2.857, 3.5, 6.0, -0.3, -1.7, -4.0, 10.0, 26.0):
    print(x, f"{math.erf(x):.12g}", f"{math.erfc(x):.12g}")

# asinh, acosh, atanh
print(math.asinh(0.0), math.asinh(-0.0), math.asinh(inf), math.asinh(-inf), math.asinh(nan), math.asinh(1e-300))
print(math.acosh(1), math.acosh(inf), math.acosh(nan))
print(math.atanh(0.0), math.atanh(-0.0), math.atanh(nan), math.atanh(1e-300), math.atanh(-1e-30))
for x in (0.5, 1, 2, 3.5, 10, 1e5, 1e10, 1e300, -0.75, -5):
    print(x, f"{math.asinh(x):.12g}", f"{math.acosh(abs(x) + 1):.12g}")
for x in (0.1, 0.25, 0.5, 0.9, 0.999999, -0.3, -0.99):
    print(x, f"{math.atanh(x):.12g}")
for x in (0.5, 0, -1, -inf, 0.9999999999999999):
    attempt("acosh", x, lambda: math.acosh(x))
for x in (1, 1.0, -1, 2, -inf, inf, 1.0000000000000002):
    attempt("atanh", x, lambda: math.atanh(x))

# cbrt: glibc's formula (cbrt(27.0) is 3.0000000000000004 in CPython)
for x in (0.0, -0.0, 1, 8, 27, -27, 64.0, 1000, 0.001, 1e300, -1e-300, 5e-324, 2.0, 3.0, 10.0, 12345.678):
    print(x, repr(math.cbrt(x)))
print(math.cbrt(inf), math.cbrt(-inf), math.cbrt(nan))

# exp2
for x in (0, 1, 10, -1, -10, 0.5, 52, 1023, -1022, -1074, -1075, -2000, inf, -inf, nan, 3.25):
    print(x, str(math.exp2(x)) if x != 0.5 and x != 3.25 else f"{math.exp2(x):.12g}")
for x in (1024, 1e10, 5000.5):
    attempt("exp2", x, lambda: math.exp2(x))
