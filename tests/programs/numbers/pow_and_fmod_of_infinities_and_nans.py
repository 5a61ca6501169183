# ** and math.pow, math.fmod and % over zeros of both signs, infinities and nans: CPython's float_pow
# tests an infinite exponent before a zero base ((-0.0) ** -inf is inf, 0.0 ** -1.0 is an error),
# and math.fmod's nan from a nan operand is no domain error (fmod(inf, nan) is nan)
import math

inf = float("inf")
nan = float("nan")
specials = [0.0, -0.0, 0.25, -0.25, 1.0, -1.0, 3.0, -3.0, 4.0, -4.0, 1e308, -1e308, inf, -inf, nan]


def power(x, y):
    try:
        return repr(x ** y)
    except ZeroDivisionError as e:
        return "ZeroDivisionError(" + str(e) + ")"
    except (ValueError, OverflowError) as e:
        return type(e).__name__


def math_power(x, y):
    try:
        return repr(math.pow(x, y))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + "(" + str(e) + ")"


def remainder(x, y):
    try:
        return repr(math.fmod(x, y))
    except ValueError as e:
        return "ValueError(" + str(e) + ")"


def modulo(x, y):
    try:
        return repr(x % y) + " " + repr(x // y)
    except ZeroDivisionError as e:
        return "ZeroDivisionError(" + str(e) + ")"


for x in specials:
    exps = [y for y in specials if x >= 0 or math.isnan(x) or math.isinf(x) or math.isnan(y) or math.isinf(y) or y == int(y)]
    print(x, "**", [power(x, y) for y in exps])
    print(x, "pow", [math_power(x, y) for y in exps])
    print(x, "fmod", [remainder(x, y) for y in specials])
    print(x, "%", [modulo(x, y) for y in specials])

print(0.0 ** -inf, (-0.0) ** -inf, 0.0 ** inf, (-0.0) ** inf, 0 ** -inf, 0 ** float("-inf"))
print(math.fmod(inf, nan), math.fmod(-inf, nan), math.fmod(nan, 0.0), math.fmod(nan, inf), math.fmod(5, inf))
zero = 0.0 if len(specials) > 3 else 1
print(zero ** -inf, zero ** inf, zero ** 0, zero ** 2)
try:
    print(0.0 ** -2.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(math.fmod(inf, 2.0))
except ValueError as e:
    print("ValueError", e)
try:
    print(zero ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
