# random.gauss uses math.cos, math.sin, math.log and math.sqrt (CPython's Lib/random.py).
# musl's sin/cos differed from glibc's (CPython's here) in the last bit on about 3% of
# arguments, so about 30 of these 1000 values printed other digits.
import random
import statistics

random.seed(5)
values = [random.gauss(0, 1) for _ in range(1000)]
for v in values:
    print(repr(v))
print("mean", statistics.mean(values))
print("stdev", statistics.stdev(values))
print("median", statistics.median(values))
scaled = [random.gauss(10.0, 0.001) for _ in range(200)]
print(repr(sum(scaled)), repr(min(scaled)), repr(max(scaled)))
