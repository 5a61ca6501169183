import datetime as dt
from datetime import date

start = dt.datetime(2024, 1, 31, 8, 0)
deadlines = [start + dt.timedelta(weeks=w) for w in range(4)]
for d in deadlines:
    print(f"{d:%a %d %b} {d.isoformat(timespec='minutes')} {(d - start).days} days later")
by_month: dict[int, list[date]] = {}
for d in deadlines:
    by_month.setdefault(d.month, []).append(d.date())
print(by_month)
ages = {"ann": date(1990, 5, 17), "bob": date(2001, 12, 1)}
ref = date(2024, 6, 1)
for name, born in sorted(ages.items(), key=lambda kv: kv[1]):
    years = ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))
    print(name, years, born.strftime("%A"), (ref - born).days // 7, "weeks")
log = ["2024-03-01 10:00:01 start", "2024-03-01 10:02:31 stop"]
times = [dt.datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") for line in log]
print(times[1] - times[0], (times[1] - times[0]).total_seconds())
span = max(times) - min(times)
print(span > dt.timedelta(minutes=2), str(span), repr(span))
