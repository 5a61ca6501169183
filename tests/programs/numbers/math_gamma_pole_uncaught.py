import math

print(math.gamma(4.0), math.lgamma(3))
print(math.gamma(-3.0))
