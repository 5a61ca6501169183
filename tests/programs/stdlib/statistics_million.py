# statistics on a million floats (and small edge cases): mean, median, variance, stdev, pstdev, fmean, mode,
# the same last digit as CPython's exact computation.
import random
import statistics
from statistics import mean, median, stdev

random.seed(7)
data = [random.gauss(100.0, 15.0) for _ in range(1000000)]
print("mean", mean(data))
print("median", median(data))
print("stdev", stdev(data))
print("pstdev", statistics.pstdev(data))
print("variance", statistics.variance(data))
print("pvariance", statistics.pvariance(data))
print("fmean", statistics.fmean(data))
small = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
print(mean(small), median(small), stdev(small), statistics.variance(small), statistics.pstdev(small))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.mode([3, 1, 3, 1, 2]))
print(stdev([1, 2, 3, 4]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
offset = [1e9 + x * 0.001 for x in range(1000)]
print(mean(offset), stdev(offset), statistics.variance(offset))
tiny = [0.1, 0.2, 0.3]
print(mean(tiny), statistics.variance(tiny), stdev(tiny))
try:
    mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    stdev([1.0])
except ValueError as e:
    print("ValueError:", e)
statistics.median([])
