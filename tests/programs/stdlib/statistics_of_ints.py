# statistics.mean, variance and pvariance of ints: an int where the exact result is one, else the
# float nearest it (ints of any size summed exactly), as CPython gives; floats as before.
# pyzc raised TypeError ("statistics.mean() of ints is not supported by pyzc") when the program ran.

import statistics
tests = [[1, 2, 3, 4], [1, 2, 3], [5], [2, 2, 2, 2], [1, 10, 100, 1000, 7], [-3, 4, 11, 2**40, -2**41],
         [10**20, 3, 10**20 + 7], [0, 1]]
for d in tests:
    m = statistics.mean(d)
    pv = statistics.pvariance(d)
    print(d[:3], m, type(m).__name__, pv, type(pv).__name__)
    if len(d) > 1:
        v = statistics.variance(d)
        print(" var", v, type(v).__name__, statistics.median(d))
        if max(d) < 2**50:
            print(" stdev", statistics.stdev(d), statistics.pstdev(d))
print(statistics.mean([0.5, 1.5]), statistics.variance([1.0, 2.0, 4.0]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
try:
    statistics.variance([3])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
