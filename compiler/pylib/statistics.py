"""statistics for lists of floats, to CPython's last digit.

CPython computes mean, variance and stdev exactly (with Fractions) and rounds once at
the end.  pyzc has no arbitrary-precision numbers, so the sums here are kept as
double-double values (a float and its error term, by Dekker's and Knuth's error-free
products and sums): about 104 bits, rounded once at the end, which gives CPython's
result except when the exact value lies within 2**-100 of a rounding boundary.

mean, median, variance and pvariance of ints return an int or a float in CPython
depending on the values; a compiled value has one type, so they raise TypeError for
int data here (convert with float() first).  stdev and pstdev of ints are floats and work.
"""

import math


class StatisticsError(ValueError):
    pass


def _split(a):
    c = 134217729.0 * a  # 2**27 + 1
    hi = c - (c - a)
    return hi, a - hi


def _two_prod(a, b):
    """a * b as p + e exactly."""
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    e = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    return p, e


def _two_sum(a, b):
    """a + b as s + e exactly."""
    s = a + b
    bb = s - a
    e = (a - (s - bb)) + (b - bb)
    return s, e


def _dd_div(h, l, d):
    """(h + l) / d as a double-double."""
    q1 = h / d
    p, e = _two_prod(q1, d)
    r = ((h - p) - e + l) / d
    return _two_sum(q1, r)


def _sum(data):
    """(n, the sum of the items as a double-double)."""
    sh = 0.0
    sl = 0.0
    n = 0
    for x in data:
        s, e = _two_sum(sh, float(x))
        sh = s
        sl += e
        n += 1
    sh, sl = _two_sum(sh, sl)
    return n, sh, sl


def _no_ints(data, name):
    for x in data:
        if isinstance(x, int):
            raise TypeError(f"statistics.{name}() of ints is not supported by pyzc (CPython's result is an int or a float depending on the values); pass floats")
        break


def _ss(data, name, least):
    """The count and the sum of squared deviations from the mean (a double-double), in two
    passes: deviations from the double-double mean keep their digits however large the mean."""
    n, sh, sl = _sum(data)
    if n < least:
        if least == 1:
            raise StatisticsError(f"{name} requires at least one data point")
        raise StatisticsError(f"{name} requires at least two data points")
    mh, ml = _dd_div(sh, sl, float(n))
    qh = 0.0
    ql = 0.0
    for x in data:
        dh, dl = _two_sum(float(x), -mh)
        dh, dl = _two_sum(dh, dl - ml)  # the deviation, its low part now below half an ulp of dh
        p, e = _two_prod(dh, dh)
        e += 2.0 * dh * dl
        s, e2 = _two_sum(qh, p)
        qh = s
        ql += e2 + e
    qh, ql = _two_sum(qh, ql)
    return n, qh, ql


def _dd_sqrt(h, l):
    if h <= 0.0:
        return 0.0
    s = math.sqrt(h)
    p, e = _two_prod(s, s)
    return s + ((h - p) - e + l) / (2.0 * s)


def mean(data):
    _no_ints(data, "mean")
    n, sh, sl = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    h, l = _dd_div(sh, sl, float(n))
    return h


def fmean(data):
    n = len(data)
    if n == 0:
        raise StatisticsError("fmean requires at least one data point")
    return math.fsum(data) / n


def median(data):
    _no_ints(data, "median")
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
    n, h, l = _ss(data, "variance", 2)
    h, l = _dd_div(h, l, float(n - 1))
    return h


def pvariance(data):
    _no_ints(data, "pvariance")
    n, h, l = _ss(data, "pvariance", 1)
    h, l = _dd_div(h, l, float(n))
    return h


def stdev(data):
    n, h, l = _ss(data, "stdev", 2)
    h, l = _dd_div(h, l, float(n - 1))
    return _dd_sqrt(h, l)


def pstdev(data):
    n, h, l = _ss(data, "pstdev", 1)
    h, l = _dd_div(h, l, float(n))
    return _dd_sqrt(h, l)
