"""The part of time written in Python (compiled_modules.PYTHON_PARTS): struct_time,
localtime, gmtime, strftime, asctime, ctime and mktime.  The C library does the calendar (runtime_c/strftime.c:
localtime_r/gmtime_r, strftime); this module checks a struct_time or a 9-tuple as
CPython's checktm does, with its messages, and converts between Python's conventions
(months from 1, Monday = 0, days of the year from 1) and C's.

A struct_time prints as CPython's, compares equal to one with the same nine fields, and
is read by field name (tm_year ... tm_isdst, tm_zone, tm_gmtoff) or by index (t[0],
t[-1], len(t), iteration, tuple(t)).  time.struct_time(seq) makes one of a sequence of
9 ints, whose tm_zone is "" and tm_gmtoff 0 where CPython's are None.  Not supported:
slicing one, comparing one with a tuple, unpacking one (tuple(t) unpacks), strptime.
mktime is the C library's, as CPython's (wday and yday are not read).
"""

import time

_NAMES = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time:
    def __init__(self, fields, zone="", gmtoff=0):
        if len(fields) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(fields)}-sequence given)")
        if len(fields) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(fields)}-sequence given)")
        self._fields = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7],
                        fields[8])
        self.tm_year = fields[0]
        self.tm_mon = fields[1]
        self.tm_mday = fields[2]
        self.tm_hour = fields[3]
        self.tm_min = fields[4]
        self.tm_sec = fields[5]
        self.tm_wday = fields[6]
        self.tm_yday = fields[7]
        self.tm_isdst = fields[8]
        self.tm_zone = zone
        self.tm_gmtoff = gmtoff

    def __repr__(self):
        parts = [_NAMES[i] + "=" + str(self._fields[i]) for i in range(9)]
        return "time.struct_time(" + ", ".join(parts) + ")"

    def __str__(self):
        return self.__repr__()

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._fields[i]

    def __iter__(self):
        for x in self._fields:
            yield x

    def __eq__(self, other):
        return self._fields == other._fields

    def __hash__(self):
        return hash(self._fields)


def _kept():
    fields = (time._tm_field(0), time._tm_field(1), time._tm_field(2), time._tm_field(3), time._tm_field(4),
              time._tm_field(5), time._tm_field(6), time._tm_field(7), time._tm_field(8))
    return struct_time(fields, time._tm_zone(), time._tm_field(9))


def localtime(secs=None):
    if secs is None:
        time._tm_now(True)
    else:
        time._tm_at(secs, True)
    return _kept()


def gmtime(secs=None):
    if secs is None:
        time._tm_now(False)
    else:
        time._tm_at(secs, False)
    return _kept()


def _checked(f):
    """C's (mon, mday, wday, yday, isdst) of a struct_time's or 9-tuple's fields, as CPython's gettmarg
    and checktm make them, with their ValueErrors."""
    mon = f[1] - 1
    if mon == -1:
        mon = 0
    elif mon < 0 or mon > 11:
        raise ValueError("month out of range")
    mday = f[2]
    if mday == 0:
        mday = 1
    elif mday < 0 or mday > 31:
        raise ValueError("day of month out of range")
    if f[3] < 0 or f[3] > 23:
        raise ValueError("hour out of range")
    if f[4] < 0 or f[4] > 59:
        raise ValueError("minute out of range")
    if f[5] < 0 or f[5] > 61:
        raise ValueError("seconds out of range")
    if f[6] < -1:  # C's (wday + 1) % 7 is negative below -1
        raise ValueError("day of week out of range")
    wday = (f[6] + 1) % 7
    yday = f[7] - 1
    if yday == -1:
        yday = 0
    elif yday < 0 or yday > 365:
        raise ValueError("day of year out of range")
    isdst = f[8]
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return mon, mday, wday, yday, isdst


def _strftime(format, f, zone, gmtoff):
    mon, mday, wday, yday, isdst = _checked(f)
    return time._strftime_tm(format, f[0], mon, mday, f[3], f[4], f[5], wday, yday, isdst, zone, gmtoff)


_DAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _asctime(f):
    mon, mday, wday, yday, isdst = _checked(f)
    return f"{_DAYS[wday]} {_MONTHS[mon]}{mday:3d} {f[3]:02d}:{f[4]:02d}:{f[5]:02d} {f[0]}"


def asctime(t=None):
    if t is None:
        return _asctime(localtime()._fields)
    if isinstance(t, tuple):  # decided when compiling (types/static_isinstance.py): each instance types one branch
        if len(t) != 9:
            raise TypeError("asctime(): illegal time tuple argument")
        return _asctime(t)
    else:
        return _asctime(t._fields)


def ctime(secs=None):
    return _asctime(localtime(secs)._fields)


def mktime(t):
    if isinstance(t, tuple):
        if len(t) != 9:
            raise TypeError("mktime(): illegal time tuple argument")
        return time._mktime_tm(t[0], t[1] - 1, t[2], t[3], t[4], t[5], t[8])
    else:
        return time._mktime_tm(t.tm_year, t.tm_mon - 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_isdst)


def strftime(format, t=None):
    if t is None:
        now = localtime()
        return _strftime(format, now._fields, now.tm_zone, now.tm_gmtoff)
    if isinstance(t, tuple):  # decided when compiling (types/static_isinstance.py): each instance types one branch
        if len(t) != 9:
            raise TypeError("strftime(): illegal time tuple argument")
        return _strftime(format, t, "", 0)
    else:
        return _strftime(format, t._fields, t.tm_zone, t.tm_gmtoff)
