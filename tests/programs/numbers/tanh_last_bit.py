# math.tanh prints CPython's digits: musl's tanh differed in the last bit on many arguments
# (0.5000000000000002, -0.7, 0.3); pyzc computes it as glibc does.
import math

for x in [0.5000000000000002, 0.5, 0.1, 1.3, -0.7, 2.5, 0.3, 21.9, 22.5, -30.0, 1e-20, -0.0, 1.0]:
    print(repr(math.tanh(x)))
print(math.tanh(float("inf")), math.tanh(float("-inf")), math.tanh(float("nan")))
