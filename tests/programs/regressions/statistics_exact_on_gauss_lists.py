# statistics computes mean, variance and stdev exactly (as fractions) and rounds once, as
# CPython does; a double-double sum differed in the last digit on some of these lists
# (the lists of issue 13 were random.gauss values; see normal() for why not here).
import random
import statistics


def normal():
    """About normal (Irwin-Hall): random.gauss would do, but it calls cos, whose last bit
    differs between C libraries (pyzc links musl, CPython here glibc)."""
    return sum(random.random() for _ in range(12)) - 6.0


random.seed(5)
scales = [0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0]
for i in range(300):
    n = random.randint(3, 52)
    scale = random.choice(scales)
    data = [normal() * scale for _ in range(n)]
    print(i, n, statistics.mean(data), statistics.fmean(data), statistics.median(data))
    print(" ", statistics.variance(data), statistics.pvariance(data))
    print(" ", statistics.stdev(data), statistics.pstdev(data))
