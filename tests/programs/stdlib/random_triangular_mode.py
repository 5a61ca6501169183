# random.triangular with a mode (and low == high, where CPython returns low)
import random
random.seed(5)
print(random.triangular(1.0, 5.0, 2.0), random.triangular(0, 10, 3), random.triangular(), random.triangular(2.0, 2.0, 2.0))
print([round(random.triangular(0.0, 1.0, 0.9), 6) for _ in range(3)])
