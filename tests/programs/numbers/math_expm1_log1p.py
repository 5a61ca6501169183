# math.expm1 and math.log1p: accurate near 0, where exp(x) - 1 and log(1 + x) lose digits
import math

for x in [0.0, -0.0, 1e-300, 1e-10, -1e-10, 1e-5, 0.5, -0.5, 1.0, 2.0, 10.0, -40.0, 700.0]:
    print(x, math.expm1(x), math.exp(x) - 1.0)
for x in [0.0, -0.0, 1e-300, 1e-10, -1e-10, 1e-5, 0.5, -0.5, 1.0, 3.0, 1e300, -0.999999]:
    print(x, math.log1p(x), math.log(1.0 + x))
print(math.expm1(-1e308), math.log1p(float("inf")), math.expm1(float("-inf")))
try:
    math.expm1(710.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.log1p(-1.0)
except ValueError as e:
    print("ValueError:", e)
print(math.log1p(-1.5))
