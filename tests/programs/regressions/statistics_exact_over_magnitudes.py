# statistics on data spread over many magnitudes, data near one large value, subnormals,
# ints, infinities and NaNs, and results too large for a float: CPython's exact results.
import math
import random
import statistics


def show(label, data):
    print(label, len(data))
    try:
        print("  mean", statistics.mean(data))
    except OverflowError as e:
        print("  mean OverflowError:", e)
    except statistics.StatisticsError as e:
        print("  mean StatisticsError:", e)
    except AttributeError as e:
        print("  mean AttributeError:", e)
    try:
        print("  variance", statistics.variance(data))
    except OverflowError as e:
        print("  variance OverflowError:", e)
    except statistics.StatisticsError as e:
        print("  variance StatisticsError:", e)
    except AttributeError as e:
        print("  variance AttributeError:", e)
    try:
        print("  pvariance", statistics.pvariance(data))
    except OverflowError as e:
        print("  pvariance OverflowError:", e)
    except statistics.StatisticsError as e:
        print("  pvariance StatisticsError:", e)
    except AttributeError as e:
        print("  pvariance AttributeError:", e)
    try:
        print("  stdev", statistics.stdev(data))
    except OverflowError as e:
        print("  stdev OverflowError:", e)
    except statistics.StatisticsError as e:
        print("  stdev StatisticsError:", e)
    except AttributeError as e:
        print("  stdev AttributeError:", e)
    try:
        print("  pstdev", statistics.pstdev(data))
    except OverflowError as e:
        print("  pstdev OverflowError:", e)
    except statistics.StatisticsError as e:
        print("  pstdev StatisticsError:", e)
    except AttributeError as e:
        print("  pstdev AttributeError:", e)


def normal():
    """About normal (Irwin-Hall): random.gauss would do, but it calls cos, whose last bit
    differs between C libraries (pyzc links musl, CPython here glibc)."""
    return sum(random.random() for _ in range(12)) - 6.0


random.seed(11)
for i in range(60):
    n = random.randint(2, 30)
    data = []
    for _ in range(n):
        mag = 10.0 ** random.randint(-300, 300)
        data.append(random.uniform(-1.0, 1.0) * mag)
    show(f"mixed {i}", data)

for i in range(40):
    n = random.randint(2, 40)
    lo = random.randint(-300, 290)
    data = [normal() * 10.0 ** random.randint(lo, lo + 10) for _ in range(n)]
    show(f"band {i}", data)

for i in range(40):
    n = random.randint(2, 40)
    base = 1e12 if i % 2 == 0 else -3.0e15
    data = [base + random.randint(-50, 50) * 0.0001220703125 + random.random() * 1e-4 for _ in range(n)]
    show(f"near {i}", data)

for i in range(20):
    n = random.randint(2, 20)
    data = [random.randint(-2**53, 2**53) * 2.0**-1074 for _ in range(n)]
    show(f"subnormal {i}", data)

show("one", [2.5])
show("two equal", [1e300, 1e300])
show("huge spread", [-1.7e308, 1.7e308])
show("huge three", [1e300, -1e300, 5.0])
show("max", [1.7976931348623157e308, 1.7976931348623157e308, -1.7976931348623157e308])
show("smallest", [5e-324, 0.0])
show("smallest three", [5e-324, 5e-324, 0.0])
show("tiny", [1e-320, 3e-320])
show("cancel", [1e20, 1.0, -1e20, 3.0])
# exact values just off a rounding tie, with parts more than 106 bits apart
show("tie mean", [2.0**100, 1.0, 2.0**-53, 2.0**-200, -2.0**100, 0.0, 0.0, 0.0])
show("tie mean below", [2.0**100, 1.0, 2.0**-53, -2.0**-200, -2.0**100, 0.0, 0.0, 0.0])
show("tie spread", [1e200, 3.0, 2.0**-52, 1e-200, -1e200, 1.0])
show("zeros", [0.0, -0.0, 0.0])
show("negzero", [-0.0])
show("inf", [1.0, math.inf])
show("-inf", [1.0, -math.inf, 2.0])
show("nan", [1.0, math.nan])
show("inf-inf", [math.inf, -math.inf])
ints = [random.randint(-2**61, 2**61) for _ in range(25)]
print("ints stdev", statistics.stdev(ints), statistics.pstdev(ints))
print("ints stdev small", statistics.stdev([1, 2, 3, 4]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print("ints stdev big", statistics.stdev([2**63 - 1, -2**63, 7]), statistics.pstdev([2**63 - 1, 2**63 - 2]))
