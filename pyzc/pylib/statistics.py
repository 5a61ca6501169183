"""statistics for lists of floats, with CPython's results to the last bit.

CPython computes mean, variance, pvariance, stdev and pstdev exactly (with Fractions) and
rounds once at the end.  pyzc has no arbitrary-precision numbers in the language, so the
exact part is in the runtime (runtime_c/stats.c), reached through math._exact_stat(data,
kind), a function of the math module that only this module may call
(primitives/math_ops.py); kind is 0 mean, 1 variance, 2 pvariance, 3 stdev, 4 pstdev.
The counts are checked here first, so that StatisticsError is this module's class.

mean, variance and pvariance of ints return an int where the exact result is one, else
the float nearest it, as CPython's (_convert): here the sums are exact int arithmetic (ints
of any size) and `/` of ints is correctly rounded, so the result is a number of several types,
as median's of ints is.  stdev and pstdev of ints are floats.
"""

import math


class StatisticsError(ValueError):
    pass


def _int_ratio(num, den):
    """num / den as CPython's _convert gives a Fraction of int data: an int when exact, else a float."""
    if num % den == 0:
        return num // den
    return num / den


def _int_moments(data):
    """The exact sum and sum of squares of int data."""
    s = 0
    q = 0
    for x in data:
        s += x
        q += x * x
    return s, q


def _all_int(data):
    """Whether every item is an int: known when compiling for data of one type; for numbers of several
    types (`[1, 2.5]`), CPython's result is an int's only when every item is one."""
    for x in data:
        if not isinstance(x, int):
            return False
    return True


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
    n = _count(data, "mean", 1)
    for x in data:
        if isinstance(x, int):  # decided when compiling: int data (or numbers of several types)
            if _all_int(data):
                s, q = _int_moments(data)
                return _int_ratio(s, n)
        break
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
    n = _count(data, "variance", 2)
    for x in data:
        if isinstance(x, int):  # (n*q - s*s) / (n*(n - 1)), exactly
            if _all_int(data):
                s, q = _int_moments(data)
                return _int_ratio(n * q - s * s, n * (n - 1))
        break
    return math._exact_stat(data, 1)


def pvariance(data):
    n = _count(data, "pvariance", 1)
    for x in data:
        if isinstance(x, int):  # (n*q - s*s) / n**2, exactly
            if _all_int(data):
                s, q = _int_moments(data)
                return _int_ratio(n * q - s * s, n * n)
        break
    return math._exact_stat(data, 2)


def stdev(data):
    _count(data, "stdev", 2)
    return math._exact_stat(data, 3)


def pstdev(data):
    _count(data, "pstdev", 1)
    return math._exact_stat(data, 4)
