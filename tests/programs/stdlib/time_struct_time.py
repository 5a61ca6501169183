# time.gmtime and time.localtime: struct_time read by field name and by index, printed as CPython's.
import time
from time import gmtime, localtime

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, t[0], t[5], t[-1], len(t), list(t), tuple(t))
year, month, day, *rest = tuple(gmtime(86400 * 59.5))
print(year, month, day, rest)
print(gmtime(-1.5))
print(gmtime(1700000000.9))
print(gmtime(951782400), gmtime(4102444800).tm_yday)
print(gmtime(0) == gmtime(0.5), gmtime(0) == gmtime(1))
print(str(gmtime(10**9)))
lt = localtime(86400 * 365)
print(lt == localtime(86400 * 365), lt.tm_year in (1970, 1971), lt.tm_gmtoff == localtime(86400 * 365).tm_gmtoff)
now = localtime()
print(now.tm_year >= 2024, 1 <= now.tm_mon <= 12, 0 <= now.tm_wday <= 6, now.tm_zone != "" or now.tm_zone == "")
g = gmtime()
print(g.tm_zone, g.tm_gmtoff, abs(g.tm_year - now.tm_year) <= 1)
for bad in [float("nan"), 1e300]:
    try:
        gmtime(bad)
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", e)
made = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(made, made.tm_yday, time.strftime("%Y-%m-%d %H:%M:%S", made), made == time.struct_time([2020, 1, 2, 3, 4, 5, 6, 7, 0]))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
