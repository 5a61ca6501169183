# time.strftime with the common directives, of a struct_time, of a 9-tuple, and of now.
import time

t = time.gmtime(1700000000)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %j %p %y", "%Z %z", "%c|%x|%X", "%%|%%Z|%d%%", "%I %M %S %U %W %w",
            "no directives", "", "%e %C %D %F %R %T %u %V %G %g %h %n%t|", "é %Y ü"]:
    print(repr(time.strftime(fmt, t)))
print(time.strftime("%Y %d %m %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%Y-%m-%d %a %Z %z", (2021, 3, 4, 5, 6, 7, 3, 63, 0)))
print(time.strftime("%H:%M:%S", (2000, 1, 1, 23, 59, 61, 0, 1, -5)))
print(time.strftime("%Y", time.localtime()) == str(time.localtime().tm_year))
print(len(time.strftime("%H:%M")), len(time.strftime("%Y-%m-%d %H:%M:%S")))
lt = time.localtime(0)
print(time.strftime("%z", lt) == time.strftime("%z", time.localtime(0)), time.strftime("%Z", lt) == lt.tm_zone)
stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(1234567890))
print(stamp)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, -1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print(e)
