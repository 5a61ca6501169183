import datetime
from datetime import date, datetime as DT, timedelta, time

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.isoformat(), d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d + timedelta(1), d + timedelta(2), timedelta(days=400) + d, d - timedelta(days=59), d - date(2023, 2, 28))
print(date(2024, 12, 31) - date(2000, 1, 1), (date(2024, 3, 1) - d).days, d.replace(day=1), d.replace(year=2023, month=3))
print(tuple(d.isocalendar()), tuple(date(2021, 1, 1).isocalendar()), tuple(date(2020, 12, 31).isocalendar()))
year, week, weekday = date(2019, 12, 30).isocalendar()
print(year, week, weekday)
print(date.fromordinal(1), date.fromordinal(738000), date.fromisoformat("2020-02-29"), date.fromisoformat("20200101"))
print(date.fromisoformat("2020-W53"), date.fromisoformat("2020W011"), date.fromisoformat("2020-W01-7"), date.fromisocalendar(2020, 53, 5))
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != date(2024, 2, 28), d >= d, d > date(2025, 1, 1), d == 5)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 31)]), max(d, date(2000, 1, 1)))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
print(date(1, 1, 1), date(9999, 12, 31), repr(date(5, 6, 7)), datetime.date(2000, 1, 1), datetime.MINYEAR, datetime.MAXYEAR)
for y in [1900, 2000, 2023, 2024, 2100]:
    print(y, [date(y, m, 1).weekday() for m in range(1, 13)], (date(y + 1, 1, 1) - date(y, 1, 1)).days)
for n in [1, 59, 60, 365, 366, 1000000, 3652059, 146097, 146096, 36524, 36525, 1461, 1460]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal() == n)

t = DT(2023, 1, 5, 14, 3, 9, 250)
print(t, repr(t), t.year, t.hour, t.minute, t.second, t.microsecond, t.fold, t.date(), t.time(), repr(t.time()))
print(t.isoformat(), t.isoformat(" "), t.isoformat(timespec="minutes"), t.isoformat("T", "milliseconds"), t.isoformat(timespec="hours"))
print(repr(DT(2020, 1, 2)), repr(DT(2020, 1, 2, 3, 4, 5)), DT(2020, 1, 2), DT(2020, 1, 2, 3, 4, 5).isoformat(timespec="microseconds"))
print(t + timedelta(hours=12), t - timedelta(days=5, microseconds=251), t - DT(2023, 1, 1), DT(2023, 1, 1) - t, timedelta(1) + t)
print(t.weekday(), t.isoweekday(), t.isocalendar()[1], t.toordinal(), t.ctime(), t.replace(hour=0, microsecond=0))
print(t < DT(2024, 1, 1), t == DT(2023, 1, 5, 14, 3, 9, 250), t > t, t <= t, t == d, t.date() == date(2023, 1, 5))
print(DT.combine(date(2020, 5, 17), time(8, 30)), DT.fromordinal(738000), DT(2020, 1, 1) + timedelta(seconds=-1))
print(time(), time(1, 2), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(0, 0)), time(23, 59, 59, 999999))
print(time(12, 30).isoformat(timespec="seconds"), time(1) < time(2), time(5, 4) == time(5, 4), time(1, 2).replace(minute=5))
for s in ["2020-01-01T12", "2020-01-01 12:30:45.123", "2020-01-01T12:30:45.1234567", "2020-01-01T1230", "2020-01-01",
          "20200101T123045", "2020-01-01T12:30:45,5", "2011-11-04T00:05:23.283", "2020-W01-2T10:00", "2020W01T10"]:
    print(s, repr(DT.fromisoformat(s)))
bad = ["2020-01-1", "2020-01-01T12:30:", "2020-01-01T12:30:00.", "2020-01-01x", "2020-01-01T12:3", "2020", "abcdefghij",
       "2020-13-01", "2020-01-01T25:00", "2020-1-01", "2020/01/01"]
for s in bad:
    try:
        print(repr(DT.fromisoformat(s)))
    except ValueError as e:
        print("ValueError", e)
for s in ["2020-01-1", "2020-13-01", "2020-02-30", "20200101xx", "202001", "2020-W54"]:
    try:
        print(repr(date.fromisoformat(s)))
    except ValueError as e:
        print("ValueError", e)
