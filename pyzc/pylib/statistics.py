"""statistics for lists of floats, with CPython's results to the last bit.

CPython computes mean, variance, pvariance, stdev and pstdev exactly (with Fractions) and
rounds once at the end.  pyzc has no arbitrary-precision numbers in the language, so the
exact part is in the runtime (runtime_c/stats.c), reached through math._exact_stat(data,
kind), a function of the math module that only this module may call
(primitives/math_ops.py); kind is 0 mean, 1 variance, 2 pvariance, 3 stdev, 4 pstdev.
The counts are checked here first, so that StatisticsError is this module's class.

mean, variance and pvariance of ints return an int or a float in CPython depending on
the values; the runtime's exact sums give a float only, so they raise TypeError for int
data here (convert with float() first).  median of ints is an int or a float (a number of
several types).  stdev and pstdev of ints are floats and work.
"""

import math


class StatisticsError(ValueError):
    pass


def _no_ints(data, name):
    for x in data:
        if isinstance(x, int):
            raise TypeError(f"statistics.{name}() of ints is not supported by pyzc (CPython's result is an int or a float depending on the values); pass floats")
        break


def _count(data, name, least):
    n = 0
    for x in data:
        n += 1
    if n < least:
        if least == 1:
            raise StatisticsError(f"{name} requires at least one data point")
        raise StatisticsError(f"{name} requires at least two data points")
    return n


def mean(data):
    _no_ints(data, "mean")
    _count(data, "mean", 1)
    return math._exact_stat(data, 0)


def fmean(data):
    n = len(data)
    if n == 0:
        raise StatisticsError("fmean requires at least one data point")
    return math.fsum(data) / n


def median(data):
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return ordered[n // 2]
    i = n // 2
    return (ordered[i - 1] + ordered[i]) / 2


def median_low(data):
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return ordered[n // 2]
    return ordered[n // 2 - 1]


def median_high(data):
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return ordered[n // 2]


def mode(data):
    """The most common value; the first one met among equally common ones (CPython's rule)."""
    if len(data) == 0:
        raise StatisticsError("no mode for empty data")
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = 0
    result = data[0]
    for x in counts:
        if counts[x] > best:
            best = counts[x]
            result = x
    return result


def variance(data):
    _no_ints(data, "variance")
    _count(data, "variance", 2)
    return math._exact_stat(data, 1)


def pvariance(data):
    _no_ints(data, "pvariance")
    _count(data, "pvariance", 1)
    return math._exact_stat(data, 2)


def stdev(data):
    _count(data, "stdev", 2)
    return math._exact_stat(data, 3)


def pstdev(data):
    _count(data, "pstdev", 1)
    return math._exact_stat(data, 4)
