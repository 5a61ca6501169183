import time
from datetime import date, datetime, timedelta

now = datetime.now()
today = date.today()
utc = datetime.utcnow()
print(type(now).__name__, type(today).__name__, type(utc).__name__)
print(abs(now.date() - today) <= timedelta(days=1), abs(now - utc) <= timedelta(hours=26))
print(datetime.today() >= now, now.year >= 2024, 0 <= now.microsecond < 1000000)
t = time.time()
print(abs(now.timestamp() - t) < 5.0, abs(datetime.fromtimestamp(t) - now) < timedelta(seconds=5))
for ts in [0, 1, 86399, 1700000000, 1700000000.5, 1234567890.123456, -1, -86400.25, 951782400, 4102444800, 2e9]:
    local = datetime.fromtimestamp(ts)
    print(ts, datetime.utcfromtimestamp(ts), local.timestamp() == ts, date.fromtimestamp(ts) == local.date())
print(repr(datetime.utcfromtimestamp(0.0000005)), repr(datetime.utcfromtimestamp(0.0000015)), repr(datetime.utcfromtimestamp(-0.0000005)))
print(repr(datetime.utcfromtimestamp(1e-7)), repr(datetime.utcfromtimestamp(0.9999996)))
print(date.fromtimestamp(86399.9999999) == datetime.fromtimestamp(86399).date(), date.fromtimestamp(-0.0000001) == datetime.fromtimestamp(-1).date())
print(datetime(2020, 6, 1, 12).timestamp() - datetime(2020, 6, 1, 11).timestamp(), datetime(2000, 1, 1).strftime("%s") == str(int(datetime(2000, 1, 1).timestamp())))
for bad in [float("nan"), 1e20, -1e12]:
    try:
        print(datetime.utcfromtimestamp(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
