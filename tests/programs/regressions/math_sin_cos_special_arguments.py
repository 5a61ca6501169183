# sin and cos at the edges: signed zeros, subnormals, the largest doubles (Payne-Hanek
# reduction), values next to multiples of pi/2, nan, and inf (ValueError, as CPython).
# (5.319372648326541e+255, the double nearest a multiple of pi/2, is in tests/test_math_trig.py:
# glibc misrounds its cos, so CPython cannot be the reference there.)
import math

xs = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-08, 1.4901161193847656e-08,
      0.7853981633974483, 1.5707963267948966, 3.141592653589793, 4.71238898038469, 6.283185307179586,
      355.0, 103993.0, 268435456.0, 1e15, 1e22, -1e22, 1e100, 1e300, -1e300, 1.7976931348623157e308,
      9007199254740993.0, 123456789.0, -0.5, 2.5, 1000000.0]
for x in xs:
    print(repr(x), repr(math.sin(x)), repr(math.cos(x)))
nan = float("nan")
print(math.sin(nan), math.cos(nan))
for x in [float("inf"), float("-inf")]:
    try:
        print(math.sin(x))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(math.cos(x))
    except ValueError as e:
        print("ValueError", e)
