"""datetime, as CPython 3.11's, for naive values: date, datetime, time, timedelta.

A date is a proleptic Gregorian (year, month, day); a datetime adds hour, minute,
second, microsecond and fold; a timedelta is (days, seconds, microseconds) normalised
as CPython's (0 <= seconds < 86400, 0 <= microseconds < 10**6, |days| <= 999999999).
Everything is computed on ints (of any size), so results, reprs and the errors'
messages are CPython's.  Local time comes from the C library's time zone
(time._local_offset(t), runtime_c/localtime.c: the offset from UTC at a POSIX
timestamp); now(), fromtimestamp(), timestamp() and the fold of an ambiguous local
time are computed from it as CPython's C module does.

Differences from CPython, by design of pyzc's classes (each place has one type):
datetime does not derive from date here (a date variable could then hold either, and
date's and datetime's `+` return different types), so isinstance(dt, date) is False
and a datetime is not accepted where a date is; isocalendar() returns a plain tuple
(CPython's prints as `datetime.IsoCalendarDate(year=..., week=..., weekday=...)`).
There are no time zones: timezone, tzinfo and UTC are left out (refused by name),
fromisoformat() of a string with an offset or `Z` raises ValueError (CPython gives an
aware datetime), and so does strptime with %z or %Z.  strftime's %s in a repeated local hour gives
the later reading (glibc's mktime() guesses one, from state earlier calls left).  strftime follows glibc
(the C locale: `%c` is `Thu Jan  5 14:03:09 2023`) as CPython on Linux does.
"""

import math
import re as _re
import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "MINYEAR", "MAXYEAR"]

MINYEAR = 1
MAXYEAR = 9999
_MAX_DELTA_DAYS = 999999999
_US_PER_DAY = 86400000000
_EPOCH_SECONDS = 719163 * 86400  # 1970-01-01 in seconds from 0001-01-01 (ordinal 1 is day 1)
_MAX_FOLD_SECONDS = 24 * 3600
_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


# ---------------------------------------------------------------- the calendar
def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year: int) -> int:
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year: int, month: int) -> int:
    if month > 2 and _is_leap(year):
        return _DAYS_BEFORE_MONTH[month] + 1
    return _DAYS_BEFORE_MONTH[month]


def _ymd_to_ord(year: int, month: int, day: int) -> int:
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord_to_ymd(n: int):
    """The (year, month, day) of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    year = (n - 1) * 400 // 146097 + 1  # within one of the answer
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    day_of_year = n - _days_before_year(year)
    month = 1
    while month < 12 and _days_before_month(year, month + 1) < day_of_year:
        month += 1
    return year, month, day_of_year - _days_before_month(year, month)


def _iso_week1_monday(year: int) -> int:
    """The ordinal of the Monday of ISO week 1 of year (the week holding January 4th)."""
    first = _ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _isocalendar(year: int, month: int, day: int):
    today = _ymd_to_ord(year, month, day)
    monday = _iso_week1_monday(year)
    if today < monday:
        year -= 1
        monday = _iso_week1_monday(year)
    elif today >= _iso_week1_monday(year + 1):
        year += 1
        monday = _iso_week1_monday(year)
    week, weekday = divmod(today - monday, 7)
    return year, week + 1, weekday + 1


def _index(x) -> int:
    """An int argument, with CPython's TypeError for another type."""
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


def _check_date(year: int, month: int, day: int) -> None:
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour: int, minute: int, second: int, microsecond: int, fold: int) -> None:
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _divide_nearest(a: int, b: int) -> int:
    """a / b rounded to the nearest int, half to even (CPython's divide_nearest)."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        beyond = twice > b
    else:
        beyond = twice < b
    if beyond or twice == b and q % 2 == 1:
        q += 1
    return q


def _round_half_away(x: float) -> float:
    """C's round()."""
    t = float(math.trunc(x))
    f = x - t
    if f >= 0.5:
        t += 1.0
    elif f <= -0.5:
        t -= 1.0
    return t


def _float_ratio(x: float):
    """x.as_integer_ratio()."""
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if math.isinf(x):
        raise OverflowError("cannot convert Infinity to integer ratio")
    d = 1
    while x != math.floor(x):
        x *= 2.0
        d *= 2
    return int(x), d


# ---------------------------------------------------------------- local time
def _utc_seconds(year: int, month: int, day: int, hour: int, minute: int, second: int) -> int:
    """Seconds from 0001-01-01 00:00 to the given UTC time (CPython's utc_to_seconds)."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    return ((_ymd_to_ord(year, month, day) * 24 + hour) * 60 + minute) * 60 + second


def _local_offset(t: int) -> int:
    """Local time's offset from UTC at POSIX timestamp t: pyzc's own (runtime_c/localtime.c), for this module only."""
    return _time._local_offset(t)  # type: ignore[attr-defined]


def _local(u: int) -> int:
    """Local time, in seconds from 0001-01-01, at u seconds from 0001-01-01 UTC."""
    return u + _local_offset(u - _EPOCH_SECONDS)


def _local_to_seconds(year: int, month: int, day: int, hour: int, minute: int, second: int, fold: int) -> int:
    """The UTC seconds (from 0001-01-01) of a naive local time; fold picks between two, as CPython's."""
    t = _utc_seconds(year, month, day, hour, minute, second)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:  # a solution; the other one, if any, is a day away at most
        if fold == 0:
            u2 = u1 - _MAX_FOLD_SECONDS
        else:
            u2 = u1 + _MAX_FOLD_SECONDS
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    if fold:  # in a gap: neither offset gives t
        return min(u1, u2)
    return max(u1, u2)


def _fields(t: int, local: bool):
    """The (year, month, day, hour, minute, second) of POSIX timestamp t, in local time or UTC."""
    if t > 253402300800 * 1000 or t < -62135596800 * 1000:  # gmtime's int years
        raise OverflowError("timestamp out of range for platform time_t")
    if local:
        t += _local_offset(t)
    days, rest = divmod(t, 86400)
    year, month, day = _ord_to_ymd(days + 719163)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second


def _split_timestamp(t):
    """A timestamp (int or float) as (seconds, microseconds), rounded half to even as CPython's."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if math.isinf(t) or abs(t) > 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = float(math.trunc(t))
        us = (t - whole) * 1e6
        rounded = _round_half_away(us)
        if abs(us - rounded) == 0.5:
            rounded = 2.0 * _round_half_away(us / 2.0)
        if rounded >= 1e6:
            rounded -= 1e6
            whole += 1.0
        elif rounded < 0.0:
            rounded += 1e6
            whole -= 1.0
        return int(whole), int(rounded)
    return _index(t), 0


def _from_posix(t: int, us: int, local: bool):
    year, month, day, hour, minute, second = _fields(t, local)
    result = datetime(year, month, day, hour, minute, second, us)
    if local:  # the second of two equal local times (a clock set back) has fold=1, as CPython's
        y, m, d, hh, mm, ss = _fields(t - _MAX_FOLD_SECONDS, True)
        probe1 = datetime(y, m, d, hh, mm, ss, us)
        trans = result - probe1 - timedelta(0, _MAX_FOLD_SECONDS)
        if trans.days < 0:
            y, m, d, hh, mm, ss = _fields(t + trans // timedelta(0, 1), True)
            probe2 = datetime(y, m, d, hh, mm, ss, us)
            if probe2 == result:
                result._fold = 1
    return result


def _now_us() -> int:
    return _time.time_ns() // 1000


# ---------------------------------------------------------------- strftime (glibc's, C locale)
def _pad(value: int, width: int, fill: str) -> str:
    text = str(abs(value))
    if len(text) < width:
        text = fill * (width - len(text)) + text
    if value < 0:
        return "-" + text
    return text


def _strftime(fmt: str, year: int, month: int, day: int, hour: int, minute: int, second: int, us: int,
              fold: int) -> str:
    out = []
    n = len(fmt)
    i = 0
    weekday = (_ymd_to_ord(year, month, day) + 6) % 7  # Monday is 0
    yday = _days_before_month(year, month) + day  # 1-based
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        c = fmt[i]
        if c == "f":  # CPython's own: %f, %z and %Z right after the %
            out.append(_pad(us, 6, "0"))
            i += 1
            continue
        if c == "z" or c == "Z":
            i += 1
            continue
        flag = ""
        while i < n and fmt[i] in "-_0^#":
            flag = fmt[i]
            i += 1
        width = -1
        while i < n and fmt[i].isdigit() and fmt[i] in "0123456789":
            width = max(width, 0) * 10 + int(fmt[i])
            i += 1
        while i < n and fmt[i] in "EO":
            i += 1
        if i == n:
            out.append(fmt[start:])
            break
        c = fmt[i]
        i += 1
        number = -1
        digits = 2
        fill = "0"
        text = ""
        if c == "Y":
            number = year
            digits = 1
        elif c == "y":
            number = year % 100
        elif c == "C":
            number = year // 100
            digits = 1
        elif c == "m":
            number = month
        elif c == "d":
            number = day
        elif c == "e":
            number = day
            fill = " "
        elif c == "H":
            number = hour
        elif c == "k":
            number = hour
            fill = " "
        elif c == "I" or c == "l":
            number = (hour + 11) % 12 + 1
            if c == "l":
                fill = " "
        elif c == "M":
            number = minute
        elif c == "S":
            number = second
        elif c == "j":
            number = yday
            digits = 3
        elif c == "u":
            number = weekday + 1
            digits = 1
        elif c == "w":
            number = (weekday + 1) % 7
            digits = 1
        elif c == "U":
            number = (yday - 1 - (weekday + 1) % 7 + 7) // 7
        elif c == "W":
            number = (yday - 1 - weekday + 7) // 7
        elif c == "G" or c == "g" or c == "V":
            iso_year, iso_week, iso_day = _isocalendar(year, month, day)
            if c == "G":
                number = iso_year
                digits = 1
            elif c == "g":
                number = iso_year % 100
            else:
                number = iso_week
        elif c == "s":  # glibc's mktime() of the fields, which ignores fold: the later of two readings
            number = max(_local_to_seconds(year, month, day, hour, minute, second, 0),
                         _local_to_seconds(year, month, day, hour, minute, second, 1)) - _EPOCH_SECONDS
            digits = 1
        elif c == "a":
            text = _DAY_NAMES[weekday][:3]
        elif c == "A":
            text = _DAY_NAMES[weekday]
        elif c == "b" or c == "h":
            text = _MONTH_NAMES[month][:3]
        elif c == "B":
            text = _MONTH_NAMES[month]
        elif c == "p":
            text = "AM" if hour < 12 else "PM"
        elif c == "P":
            text = "am" if hour < 12 else "pm"
        elif c == "c":
            text = _strftime("%a %b %e %H:%M:%S %Y", year, month, day, hour, minute, second, us, fold)
        elif c == "x" or c == "D":
            text = _strftime("%m/%d/%y", year, month, day, hour, minute, second, us, fold)
        elif c == "X" or c == "T":
            text = _strftime("%H:%M:%S", year, month, day, hour, minute, second, us, fold)
        elif c == "F":
            text = _strftime("%Y-%m-%d", year, month, day, hour, minute, second, us, fold)
        elif c == "R":
            text = _strftime("%H:%M", year, month, day, hour, minute, second, us, fold)
        elif c == "r":
            text = _strftime("%I:%M:%S %p", year, month, day, hour, minute, second, us, fold)
        elif c == "n":
            text = "\n"
        elif c == "t":
            text = "\t"
        elif c == "%":
            text = "%"
        elif c == "z" or c == "Z":
            text = ""
        else:  # not a conversion: glibc copies it
            out.append(fmt[start:i])
            continue
        if number >= 0 or c in "YCGs":
            if flag == "-":
                out.append(str(number))
                continue
            if flag == "_":
                fill = " "
            elif flag == "0":
                fill = "0"
            out.append(_pad(number, width if width >= 0 else digits, fill))
            continue
        if flag == "^" or flag == "#" and c in "aAbBh":
            text = text.upper()
        elif flag == "#" and c == "p":
            text = text.lower()
        if width > len(text):
            text = " " * (width - len(text)) + text
        out.append(text)
    return "".join(out)


# ---------------------------------------------------------------- strptime (CPython's _strptime, C locale)
_STRPTIME_RES = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "A": r"(?P<A>wednesday|thursday|saturday|tuesday|monday|friday|sunday)",
    "a": r"(?P<a>mon|tue|wed|thu|fri|sat|sun)",
    "B": r"(?P<B>september|february|november|december|january|october|august|march|april|june|july|may)",
    "b": r"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "p": r"(?P<p>am|pm)",
    "%": "%",
}
_STRPTIME_ALIASES = {"W": "U", "c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _strptime_pattern(fmt: str) -> str:
    escaped = []
    for c in fmt:
        if c in "\\.^$*+?(){}[]|":
            escaped.append("\\")
        escaped.append(c)
    text = _re.sub(r"\s+", r"\\s+", "".join(escaped))
    out = []
    while "%" in text:
        k = text.index("%")
        out.append(text[:k])
        if k + 1 >= len(text):
            raise IndexError("stray %")
        directive = text[k + 1]
        if directive == "W":
            out.append(_STRPTIME_RES["U"].replace("<U>", "<W>"))
        elif directive in _STRPTIME_ALIASES:
            out.append(_strptime_pattern(_STRPTIME_ALIASES[directive]))
        elif directive in _STRPTIME_RES:
            out.append(_STRPTIME_RES[directive])
        elif directive == "z" or directive == "Z":
            raise ValueError(f"strptime's %{directive} is not supported by pyzc (the result would be an aware "
                             f"datetime; pyzc's are naive): format {fmt!r}")
        else:
            raise KeyError(directive)
        text = text[k + 2:]
    out.append(text)
    return "".join(out)


def _julian_from_week(year: int, week_of_year: int, day_of_week: int, starts_monday: bool) -> int:
    first_weekday = (_ymd_to_ord(year, 1, 1) + 6) % 7
    if not starts_monday:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _strptime(data: str, fmt: str):
    """(year, month, day, hour, minute, second, microsecond) of data read by fmt, as CPython's _strptime."""
    try:
        pattern = _strptime_pattern(fmt)
    except KeyError as e:
        bad = str(e.args[0])
        if bad == "\\":
            bad = "%"
        raise ValueError(f"'{bad}' is a bad directive in format '{fmt}'") from None
    except IndexError:
        raise ValueError(f"stray % in format '{fmt}'") from None
    found = _re.match(pattern, data, _re.IGNORECASE)
    if found is None:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if len(data) != found.end():
        raise ValueError(f"unconverted data remains: {data[found.end():]}")
    groups = found.groupdict()
    year = -1
    month = 1
    day = 1
    hour = 0
    minute = 0
    second = 0
    fraction = 0
    iso_year = -1
    iso_week = -1
    week_of_year = -1
    week_starts_monday = False
    weekday = -1
    julian = -1
    for key in groups:
        value = groups[key]
        if value is None:
            continue
        if key == "y":
            year = int(value)
            if year <= 68:
                year += 2000
            else:
                year += 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTH_NAMES.index(value.lower().capitalize())
        elif key == "b":
            month = [n[:3] for n in _MONTH_NAMES].index(value.lower().capitalize())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = groups.get("p")
            ampm = "" if ampm is None else ampm.lower()
            if ampm == "" or ampm == "am":
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _DAY_NAMES.index(value.lower().capitalize())
        elif key == "a":
            weekday = [n[:3] for n in _DAY_NAMES].index(value.lower().capitalize())
        elif key == "w":
            weekday = int(value)
            if weekday == 0:
                weekday = 6
            else:
                weekday -= 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key == "U" or key == "W":
            week_of_year = int(value)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(value)
    if year == -1 and iso_year != -1:
        if iso_week == -1 or weekday == -1:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian != -1:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year == -1 and iso_week != -1:
        if weekday == -1:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year == -1 and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 is a day; put back to 1900 below, as CPython does
        leap_year_fix = True
    elif year == -1:
        year = 1900
    if julian == -1 and weekday != -1:
        if week_of_year != -1:
            julian = _julian_from_week(year, week_of_year, weekday, week_starts_monday)
        elif iso_year != -1 and iso_week != -1:
            monday = _iso_week1_monday(iso_year)
            ordinal = monday + (iso_week - 1) * 7 + weekday
            year, month, day = _ord_to_ymd(ordinal)
            julian = ordinal - _ymd_to_ord(year, 1, 1) + 1
        if julian != -1 and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian == -1:
        _check_date(year, month, day)
    else:
        year, month, day = _ord_to_ymd(julian - 1 + _ymd_to_ord(year, 1, 1))
    if leap_year_fix:
        year = 1900
    return year, month, day, hour, minute, second, fraction


# ---------------------------------------------------------------- ISO 8601 text
def _digits(s: str, i: int, count: int) -> int:
    """The int of the count ASCII digits at i, or -1."""
    if i + count > len(s):
        return -1
    value = 0
    for k in range(i, i + count):
        c = s[k]
        if c < "0" or c > "9":
            return -1
        value = value * 10 + ord(c) - 48
    return value


def _iso_week_date(year: int, week: int, weekday: int):
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            first_weekday = (_ymd_to_ord(year, 1, 1) + 6) % 7
            ok = first_weekday == 3 or first_weekday == 2 and _is_leap(year)
        if not ok:
            return -1, 0, 0
    if weekday <= 0 or weekday >= 8:
        return -1, 0, 0
    return _ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + weekday - 1)


def _parse_iso_date(s: str, end: int):
    """(year, month, day) of s[:end] (CPython's parse_isoformat_date), or year -1."""
    year = _digits(s, 0, 4)
    if year < 0:
        return -1, 0, 0
    i = 4
    dashes = i < end and s[i] == "-"
    if dashes:
        i += 1
    if i < end and s[i] == "W":
        week = _digits(s, i + 1, 2)
        if week < 0:
            return -1, 0, 0
        i += 3
        weekday = 1
        if i < end:
            if dashes:
                if s[i] != "-":
                    return -1, 0, 0
                i += 1
            weekday = _digits(s, i, 1)
            if weekday < 0:
                return -1, 0, 0
        return _iso_week_date(year, week, weekday)
    month = _digits(s, i, 2)
    if month < 0:
        return -1, 0, 0
    i += 2
    if dashes:
        if i >= len(s) or s[i] != "-":
            return -1, 0, 0
        i += 1
    day = _digits(s, i, 2)
    if day < 0:
        return -1, 0, 0
    return year, month, day


def _iso_separator(s: str) -> int:
    """Where the date ends in a datetime's ISO text (CPython's _find_isoformat_datetime_separator)."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n < 8:
                return -1
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        k = 7
        while k < n and "0" <= s[k] <= "9":
            k += 1
        if k < 9:
            return k
        if k % 2 == 0:
            return 7
        return 8
    return 8


def _parse_hh_mm_ss_ff(s: str, i: int, end: int):
    """(code, hour, minute, second, microsecond) of [HH[:?MM[:?SS[.ffffff]]]] in s[i:end] (CPython's
    parse_hh_mm_ss_ff): code 0, 1 when something follows, negative when invalid.  As the C, it reads the
    character after end (a time zone's sign, or the end of the text)."""
    n = len(s)
    values = [0, 0, 0]
    p = i
    separated = True
    fraction = False
    for k in range(3):
        v = _digits(s, p, 2)
        if v < 0:
            return -3, 0, 0, 0, 0
        values[k] = v
        p += 2
        c = s[p] if p < n else ""
        p += 1
        if k == 0:
            separated = c == ":"
        if p >= end:
            return (1 if c != "" else 0), values[0], values[1], values[2], 0
        if separated and c == ":":
            continue
        if c == "." or c == ",":
            fraction = True
            break
        if not separated:
            p -= 1
        else:
            return -4, 0, 0, 0, 0
    count = min(end - p, 6)
    if count < 1:
        return -3, 0, 0, 0, 0
    us = _digits(s, p, count)
    if us < 0:
        return -3, 0, 0, 0, 0
    us *= _POWERS_OF_10[6 - count]
    p += count
    while p < n and "0" <= s[p] <= "9":
        p += 1
    return (1 if p < n else 0), values[0], values[1], values[2], us


_POWERS_OF_10 = [1, 10, 100, 1000, 10000, 100000, 1000000]


def _parse_iso_time(s: str, i: int):
    """(hour, minute, second, microsecond) of s[i:] (CPython's parse_isoformat_time), hour -1 when invalid;
    with a valid UTC offset, -1 - microsecond."""
    n = len(s)
    tz = i
    while tz < n and s[tz] not in "Z+-":
        tz += 1
    code, hour, minute, second, us = _parse_hh_mm_ss_ff(s, i, tz)
    if code < 0:
        return -1, 0, 0, 0
    if tz == n:
        if code == 1:
            return -1, 0, 0, 0
        return hour, minute, second, us
    if s[tz] == "Z":
        if tz + 1 != n:
            return -1, 0, 0, 0
    else:
        code, oh, om, os, ous = _parse_hh_mm_ss_ff(s, tz + 1, n)
        if code != 0:
            return -1, 0, 0, 0
        sign = -1 if s[tz] == "-" else 1
        offset = timedelta(seconds=sign * (oh * 3600 + om * 60 + os), microseconds=sign * ous)
        if not -timedelta(1) < offset < timedelta(1):  # CPython makes the timezone first
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
    return hour, minute, second, -1 - us  # an aware time: datetime.fromisoformat checks the fields, then refuses it


def _format_time(hour: int, minute: int, second: int, us: int, timespec: str) -> str:
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hour:02d}"
    if timespec == "minutes":
        return f"{hour:02d}:{minute:02d}"
    if timespec == "seconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == "milliseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _ctime(year: int, month: int, day: int, hour: int, minute: int, second: int) -> str:
    weekday = (_ymd_to_ord(year, month, day) + 6) % 7
    return (f"{_DAY_NAMES[weekday][:3]} {_MONTH_NAMES[month][:3]} {day:2d} "
            f"{hour:02d}:{minute:02d}:{second:02d} {year:04d}")


# ---------------------------------------------------------------- timedelta
def _accumulate(total: int, leftover: float, num, factor: int, name: str):
    """Add num * factor microseconds: exactly for an int; a float's fraction of a microsecond is
    left over, summed in the order CPython sums it (delta_new's accum)."""
    if isinstance(num, float):
        whole = math.trunc(num)
        frac = num - float(whole)
        total += whole * factor
        if frac == 0.0:
            return total, leftover
        scaled = float(factor) * frac
        whole2 = math.trunc(scaled)
        return total + whole2, leftover + (scaled - float(whole2))
    if isinstance(num, int):
        return total + int(num) * factor, leftover
    raise TypeError(f"unsupported type for timedelta {name} component: {_type_name(num)}")


def _delta_from_us(us: int):
    seconds, microseconds = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DELTA_DAYS}")
    return timedelta(days, seconds, microseconds)


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        total, leftover = _accumulate(total, leftover, microseconds, 1, "microseconds")
        total, leftover = _accumulate(total, leftover, milliseconds, 1000, "milliseconds")
        total, leftover = _accumulate(total, leftover, seconds, 1000000, "seconds")
        total, leftover = _accumulate(total, leftover, minutes, 60000000, "minutes")
        total, leftover = _accumulate(total, leftover, hours, 3600000000, "hours")
        total, leftover = _accumulate(total, leftover, days, _US_PER_DAY, "days")
        total, leftover = _accumulate(total, leftover, weeks, 7 * _US_PER_DAY, "weeks")
        if leftover != 0.0:  # to the nearest microsecond, half to even
            whole = _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(whole)
        rest, us = divmod(total, 1000000)
        d, s = divmod(rest, 86400)
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
            raise OverflowError(f"days={d}; must have magnitude <= {_MAX_DELTA_DAYS}")
        self._days = d
        self._seconds = s
        self._microseconds = us

    @property
    def days(self) -> int:
        return self._days

    @property
    def seconds(self) -> int:
        return self._seconds

    @property
    def microseconds(self) -> int:
        return self._microseconds

    def _us(self) -> int:
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self) -> float:
        return self._us() / 1000000

    def __repr__(self) -> str:
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        if not parts:
            return "datetime.timedelta(0)"
        return "datetime.timedelta(" + ", ".join(parts) + ")"

    def __str__(self) -> str:
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            return f"{self._days} day{plural}, {text}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() + other._us())
        if isinstance(other, (date, datetime)):
            return other + self
        raise TypeError(f"unsupported operand type(s) for +: 'datetime.timedelta' and '{_type_name(other)}'")

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() - other._us())
        raise TypeError(f"unsupported operand type(s) for -: 'datetime.timedelta' and '{_type_name(other)}'")

    def __neg__(self):
        return _delta_from_us(-self._us())

    def __pos__(self):
        return timedelta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _delta_from_us(-self._us())
        return timedelta(self._days, self._seconds, self._microseconds)

    def __mul__(self, other: int | float):
        if isinstance(other, float):
            n, d = _float_ratio(other)
            return _delta_from_us(_divide_nearest(self._us() * n, d))
        return _delta_from_us(self._us() * int(other))

    def __rmul__(self, other: int | float):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, float):
            n, d = _float_ratio(other)
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._us() * d, n))
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(_divide_nearest(self._us(), int(other)))
        raise TypeError(f"unsupported operand type(s) for /: 'datetime.timedelta' and '{_type_name(other)}'")

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _delta_from_us(self._us() // int(other))
        raise TypeError(f"unsupported operand type(s) for //: 'datetime.timedelta' and '{_type_name(other)}'")

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._us() % other._us())
        raise TypeError(f"unsupported operand type(s) for %: 'datetime.timedelta' and '{_type_name(other)}'")

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _delta_from_us(r)
        raise TypeError(f"unsupported operand type(s) for divmod(): 'datetime.timedelta' and '{_type_name(other)}'")

    def __bool__(self) -> bool:
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __hash__(self) -> int:
        return hash((self._days, self._seconds, self._microseconds))

    def __eq__(self, other) -> bool:
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return False

    def __lt__(self, other) -> bool:
        if isinstance(other, timedelta):
            return self._us() < other._us()
        raise TypeError(f"'<' not supported between instances of 'datetime.timedelta' and '{_type_name(other)}'")

    def __le__(self, other) -> bool:
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        raise TypeError(f"'<=' not supported between instances of 'datetime.timedelta' and '{_type_name(other)}'")

    def __gt__(self, other) -> bool:
        if isinstance(other, timedelta):
            return self._us() > other._us()
        raise TypeError(f"'>' not supported between instances of 'datetime.timedelta' and '{_type_name(other)}'")

    def __ge__(self, other) -> bool:
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        raise TypeError(f"'>=' not supported between instances of 'datetime.timedelta' and '{_type_name(other)}'")


def _type_name(x) -> str:
    """The name CPython's messages give the type of x."""
    if isinstance(x, timedelta):
        return "datetime.timedelta"
    if isinstance(x, date):
        return "datetime.date"
    if isinstance(x, datetime):
        return "datetime.datetime"
    if isinstance(x, time):
        return "datetime.time"
    return type(x).__name__


# ---------------------------------------------------------------- date
class date:
    def __init__(self, year, month, day):
        y = _index(year)
        m = _index(month)
        d = _index(day)
        _check_date(y, m, d)
        self._year = y
        self._month = m
        self._day = d

    @classmethod
    def today(cls):
        t = _now_us() // 1000000
        y, m, d, hh, mm, ss = _fields(t, True)
        return date(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        seconds = _index(t) if isinstance(t, int) else -1
        if isinstance(t, float):  # rounded down to a second, as CPython's date does
            _split_timestamp(t)  # its NaN and range errors
            seconds = math.floor(t)
        y, m, d, hh, mm, ss = _fields(seconds, True)
        return date(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord_to_ymd(n)
        return date(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string: str):
        n = len(date_string)
        y, m, d = -1, 0, 0
        if n == 7 or n == 8 or n == 10:
            y, m, d = _parse_iso_date(date_string, n)
        if y < 0:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        return date(y, m, d)

    @classmethod
    def fromisocalendar(cls, year: int, week: int, day: int):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        y, m, d = _iso_week_date(year, week, 1)
        if y < 0:
            raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid day: {day} (range is [1, 7])")
        y, m, d = _iso_week_date(year, week, day)
        return date(y, m, d)

    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    @property
    def day(self) -> int:
        return self._day

    def toordinal(self) -> int:
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self) -> int:
        return (self.toordinal() + 6) % 7

    def isoweekday(self) -> int:
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return _isocalendar(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        y = self._year if year is None else _index(year)
        m = self._month if month is None else _index(month)
        d = self._day if day is None else _index(day)
        return date(y, m, d)

    def isoformat(self) -> str:
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"datetime.date({self._year}, {self._month}, {self._day})"

    def ctime(self) -> str:
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format: str) -> str:
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, 0)

    def __format__(self, fmt: str) -> str:
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= 3652059:
                raise OverflowError("date value out of range")
            y, m, d = _ord_to_ymd(n)
            return date(y, m, d)
        raise TypeError(f"unsupported operand type(s) for +: 'datetime.date' and '{_type_name(other)}'")

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other.days
            if not 0 < n <= 3652059:
                raise OverflowError("date value out of range")
            y, m, d = _ord_to_ymd(n)
            return date(y, m, d)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        raise TypeError(f"unsupported operand type(s) for -: 'datetime.date' and '{_type_name(other)}'")

    def __hash__(self) -> int:
        return hash((self._year, self._month, self._day))

    def __eq__(self, other) -> bool:
        if isinstance(other, date):
            return self.toordinal() == other.toordinal()
        return False

    def __lt__(self, other) -> bool:
        if isinstance(other, date):
            return self.toordinal() < other.toordinal()
        _no_order(self, other, "<")
        return False

    def __le__(self, other) -> bool:
        if isinstance(other, date):
            return self.toordinal() <= other.toordinal()
        _no_order(self, other, "<=")
        return False

    def __gt__(self, other) -> bool:
        if isinstance(other, date):
            return self.toordinal() > other.toordinal()
        _no_order(self, other, ">")
        return False

    def __ge__(self, other) -> bool:
        if isinstance(other, date):
            return self.toordinal() >= other.toordinal()
        _no_order(self, other, ">=")
        return False


def _no_order(a, b, op: str) -> None:
    """CPython's TypeError for an ordering between a date or datetime and another type."""
    if isinstance(a, date) and isinstance(b, datetime) or isinstance(a, datetime) and isinstance(b, date):
        raise TypeError("can't compare datetime.datetime to datetime.date")
    raise TypeError(f"'{op}' not supported between instances of '{_type_name(a)}' and '{_type_name(b)}'")


# ---------------------------------------------------------------- time
class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, *, fold=0):
        h = _index(hour)
        mi = _index(minute)
        s = _index(second)
        us = _index(microsecond)
        f = _index(fold)
        _check_time(h, mi, s, us, f)
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._fold = f

    @property
    def hour(self) -> int:
        return self._hour

    @property
    def minute(self) -> int:
        return self._minute

    @property
    def second(self) -> int:
        return self._second

    @property
    def microsecond(self) -> int:
        return self._microsecond

    @property
    def fold(self) -> int:
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string: str):
        start = 1 if time_string[:1] == "T" else 0
        hour, minute, second, us = _parse_iso_time(time_string, start)
        if hour < 0:
            raise ValueError(f"Invalid isoformat string: {time_string!r}")
        if us < 0:  # with a UTC offset: CPython's result would be aware
            time(hour, minute, second, -1 - us)
            raise ValueError(f"fromisoformat() of a time with a UTC offset is not supported by pyzc: {time_string!r}")
        return time(hour, minute, second, us)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, *, fold=None):
        h = self._hour if hour is None else _index(hour)
        mi = self._minute if minute is None else _index(minute)
        s = self._second if second is None else _index(second)
        us = self._microsecond if microsecond is None else _index(microsecond)
        f = self._fold if fold is None else _index(fold)
        return time(h, mi, s, us, fold=f)

    def isoformat(self, timespec: str = "auto") -> str:
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        text = f"datetime.time({self._hour}, {self._minute}"
        if self._microsecond:
            text += f", {self._second}, {self._microsecond}"
        elif self._second:
            text += f", {self._second}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, format: str) -> str:
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, self._fold)

    def __format__(self, fmt: str) -> str:
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _us(self) -> int:
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def __bool__(self) -> bool:
        return True

    def __hash__(self) -> int:
        return hash(self._us())

    def __eq__(self, other) -> bool:
        if isinstance(other, time):
            return self._us() == other._us()
        return False

    def __lt__(self, other) -> bool:
        if isinstance(other, time):
            return self._us() < other._us()
        raise TypeError(f"'<' not supported between instances of 'datetime.time' and '{_type_name(other)}'")

    def __le__(self, other) -> bool:
        if isinstance(other, time):
            return self._us() <= other._us()
        raise TypeError(f"'<=' not supported between instances of 'datetime.time' and '{_type_name(other)}'")

    def __gt__(self, other) -> bool:
        if isinstance(other, time):
            return self._us() > other._us()
        raise TypeError(f"'>' not supported between instances of 'datetime.time' and '{_type_name(other)}'")

    def __ge__(self, other) -> bool:
        if isinstance(other, time):
            return self._us() >= other._us()
        raise TypeError(f"'>=' not supported between instances of 'datetime.time' and '{_type_name(other)}'")


# ---------------------------------------------------------------- datetime
class datetime:
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, *, fold=0):
        y = _index(year)
        m = _index(month)
        d = _index(day)
        h = _index(hour)
        mi = _index(minute)
        s = _index(second)
        us = _index(microsecond)
        f = _index(fold)
        _check_date(y, m, d)
        _check_time(h, mi, s, us, f)
        self._year = y
        self._month = m
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._fold = f

    @classmethod
    def now(cls):
        us = _now_us()
        return _from_posix(us // 1000000, us % 1000000, True)

    @classmethod
    def today(cls):
        us = _now_us()
        return _from_posix(us // 1000000, us % 1000000, True)

    @classmethod
    def utcnow(cls):
        us = _now_us()
        return _from_posix(us // 1000000, us % 1000000, False)

    @classmethod
    def fromtimestamp(cls, t):
        seconds, us = _split_timestamp(t)
        return _from_posix(seconds, us, True)

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, us = _split_timestamp(t)
        return _from_posix(seconds, us, False)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return datetime(d.year, d.month, d.day)

    @classmethod
    def combine(cls, d: date, t: time):
        return datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, fold=t.fold)

    @classmethod
    def fromisoformat(cls, date_string: str):
        n = len(date_string)
        if n < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        sep = _iso_separator(date_string)
        y, m, d = -1, 0, 0
        if sep > 0:
            y, m, d = _parse_iso_date(date_string, sep)
        hour, minute, second, us = 0, 0, 0, 0
        if y >= 0 and sep < n:
            hour, minute, second, us = _parse_iso_time(date_string, sep + 1)
        if y < 0 or hour < 0:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        if us < 0:  # with a UTC offset: CPython's result would be aware
            datetime(y, m, d, hour, minute, second, -1 - us)
            raise ValueError(f"fromisoformat() of a time with a UTC offset is not supported by pyzc: {date_string!r}")
        return datetime(y, m, d, hour, minute, second, us)

    @classmethod
    def strptime(cls, date_string: str, format: str):
        y, m, d, hh, mm, ss, us = _strptime(date_string, format)
        return datetime(y, m, d, hh, mm, ss, us)

    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    @property
    def day(self) -> int:
        return self._day

    @property
    def hour(self) -> int:
        return self._hour

    @property
    def minute(self) -> int:
        return self._minute

    @property
    def second(self) -> int:
        return self._second

    @property
    def microsecond(self) -> int:
        return self._microsecond

    @property
    def fold(self) -> int:
        return self._fold

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def toordinal(self) -> int:
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self) -> int:
        return (self.toordinal() + 6) % 7

    def isoweekday(self) -> int:
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return _isocalendar(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, *,
                fold=None):
        return datetime(self._year if year is None else _index(year),
                        self._month if month is None else _index(month),
                        self._day if day is None else _index(day),
                        self._hour if hour is None else _index(hour),
                        self._minute if minute is None else _index(minute),
                        self._second if second is None else _index(second),
                        self._microsecond if microsecond is None else _index(microsecond),
                        fold=self._fold if fold is None else _index(fold))

    def timestamp(self) -> float:
        u = _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute, self._second,
                              self._fold)
        return (u - _EPOCH_SECONDS) + self._microsecond / 1e6

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not str")
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))

    def __str__(self) -> str:
        return self.isoformat(" ")

    def __repr__(self) -> str:
        text = f"datetime.datetime({self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._microsecond:
            text += f", {self._second}, {self._microsecond}"
        elif self._second:
            text += f", {self._second}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def ctime(self) -> str:
        return _ctime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def strftime(self, format: str) -> str:
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self._fold)

    def __format__(self, fmt: str) -> str:
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _us(self) -> int:
        """Microseconds from 0001-01-01 00:00."""
        seconds = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        return seconds * 1000000 + self._microsecond

    def _plus(self, delta_us: int):
        total = self._us() + delta_us
        seconds, us = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not 0 < days <= 3652059:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        return datetime(y, m, d, hour, minute, second, us)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus(other._us())
        raise TypeError(f"unsupported operand type(s) for +: 'datetime.datetime' and '{_type_name(other)}'")

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus(-other._us())
        if isinstance(other, datetime):
            return _delta_from_us(self._us() - other._us())
        raise TypeError(f"unsupported operand type(s) for -: 'datetime.datetime' and '{_type_name(other)}'")

    def __hash__(self) -> int:
        return hash(self._us())

    def __eq__(self, other) -> bool:
        if isinstance(other, datetime):
            return self._us() == other._us()
        return False

    def __lt__(self, other) -> bool:
        if isinstance(other, datetime):
            return self._us() < other._us()
        _no_order(self, other, "<")
        return False

    def __le__(self, other) -> bool:
        if isinstance(other, datetime):
            return self._us() <= other._us()
        _no_order(self, other, "<=")
        return False

    def __gt__(self, other) -> bool:
        if isinstance(other, datetime):
            return self._us() > other._us()
        _no_order(self, other, ">")
        return False

    def __ge__(self, other) -> bool:
        if isinstance(other, datetime):
            return self._us() >= other._us()
        _no_order(self, other, ">=")
        return False


# the classes' bounds and resolutions, as CPython sets them after each class
timedelta.min = timedelta(-_MAX_DELTA_DAYS)  # type: ignore[attr-defined]
timedelta.max = timedelta(_MAX_DELTA_DAYS, 86399, 999999)  # type: ignore[attr-defined]
timedelta.resolution = timedelta(microseconds=1)  # type: ignore[attr-defined]
date.min = date(1, 1, 1)  # type: ignore[attr-defined]
date.max = date(9999, 12, 31)  # type: ignore[attr-defined]
date.resolution = timedelta(days=1)  # type: ignore[attr-defined]
time.min = time(0, 0, 0)  # type: ignore[attr-defined]
time.max = time(23, 59, 59, 999999)  # type: ignore[attr-defined]
time.resolution = timedelta(microseconds=1)  # type: ignore[attr-defined]
datetime.min = datetime(1, 1, 1)  # type: ignore[attr-defined]
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)  # type: ignore[attr-defined]
datetime.resolution = timedelta(microseconds=1)  # type: ignore[attr-defined]
