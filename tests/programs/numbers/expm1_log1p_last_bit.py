"""expm1 and log1p (and tanh, asinh, acosh, atanh over them) to the last bit, as CPython's glibc
gives them: repr of each result, on arguments where zig's libm differed from CPython's."""
import math

for x in (-0.2964582173699004, -0.3068385933694402, -0.26890372798650625, 0.1251451963516776, 19.092220658750527,
          32.80589624232941, 219.31130810204615, 53.75006970778131, 1e-10, -1e-300, 0.5, -0.75, 2.0, 700.0):
    print(x, repr(math.expm1(x)), repr(math.tanh(x)))
for x in (0.5131309980593908, 1.4554873256063163, -0.12876572196503533, 0.30053222335237173, 13330.331477210928,
          0.4213258710962815, 0.3818373196273197, 0.4509012106624608, 0.26436557746151956, 361550.1365951601,
          25988.469879737382, 12.474686052199658, -0.9999999, 1e-20, -0.0, 1e300):
    print(x, repr(math.log1p(x)))
for x in (1.1902673321769033, 79519458.69967443, -3.3984692778779027e-09, 0.0):
    print(x, repr(math.asinh(x)), repr(math.acosh(abs(x) + 1.0)))
for x in (-0.41952039826874277, -3.3984692778779027e-09, 0.9, 0.25, -0.5):
    print(x, repr(math.atanh(x)))
for x in (3.7492140782852363, -3.204724226229076e-05, 27.0, 0.7175489570953602, 3.2704574635485946, 5.449212614820686):
    print(x, repr(math.cbrt(x)), repr(math.erf(x)), repr(math.erfc(x)))
