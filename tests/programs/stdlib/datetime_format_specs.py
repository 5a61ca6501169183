from datetime import date, datetime, time

d = datetime(2021, 7, 4, 9, 5, 30, 125)
day = date(1999, 12, 31)
t = time(23, 1)
print(f"{d:%Y-%m-%d %H:%M}", f"{day:%d/%m/%Y}", f"{t:%H.%M}", f"{d}", f"{day!r}", f"[{d:}]", f"{day:%A}")
print("{:%B %d}".format(day), "{0:%H}h {1:%j}".format(d, day), format(d, "%y%m%d"), format(day), format(t, ""))
print("{} {!s} {!r}".format(day, t, d))
