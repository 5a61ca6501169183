# datetime against CPython's on seeded random values: timedelta from floats, its arithmetic,
# ordinals, ISO calendars, strftime directives, fromisoformat and strptime round trips.
import random
import re
from datetime import date, datetime, time, timedelta

random.seed(7)


def rfloat() -> float:
    k = random.randint(0, 4)
    if k == 0:
        return random.uniform(-1e6, 1e6)
    if k == 1:
        return random.randint(-1000, 1000) / random.choice([2.0, 4.0, 10.0, 3.0, 1e6])
    if k == 2:
        return random.choice([0.5, -0.5, 1.5, 2.5, 1e-7, 5e-7, -5e-7, 0.0])
    if k == 3:
        return random.uniform(-1e9, 1e9) * random.choice([1.0, 1e-3, 1e-6])
    return random.uniform(-100.0, 100.0)


digest = 0


def note(text: str) -> None:
    global digest
    for c in text:
        digest = (digest * 131 + ord(c)) % 1000000007


for _ in range(400):
    try:
        td = timedelta(days=rfloat(), seconds=rfloat(), microseconds=rfloat(), hours=random.randint(-99, 99), weeks=rfloat() / 1000)
        note(repr(td))
        other = timedelta(random.randint(-10, 10), random.randint(0, 86399), random.randint(0, 999999))
        f = rfloat()
        note(f"{td * f!r} {td / f if f else td!r} {td + other} {td - other} {td / other if other else 0.0} {abs(td)} {td.total_seconds()}")
        k = random.randint(-1000, 1000)
        if k:
            note(f"{td // k} {td / k} {td % other if other else td} {td // other if other else 0} {hash(td)} {td < other}")
    except OverflowError as e:
        note(str(e))

formats = ["%Y %m %d %H %M %S %f %j %a %A %b %B %p %y %%", "%U %W %G %V %g %u %w %C %e %k %l",
           "%c|%x|%X|%D|%F|%T|%r|%R|%P", "%-d %-j %_H %0e %^A %#p %10A %3d %Ey %Od"]
directives = ["%Y", "%m", "%d", "%H", "%M", "%S", "%f", "%j", "%a", "%A", "%b", "%B", "%p", "%y", "%I", "%U", "%W", "%w",
              "%u", "%c", "%x", "%X", "%%"]
for _ in range(400):
    n = random.randint(1, 3652059)
    d = date.fromordinal(n)
    t = time(random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.randint(0, 999999))
    dt = datetime.combine(d, t)
    note(f"{d!r} {tuple(d.isocalendar())} {d.weekday()} {dt.isoformat()} {dt.strftime(random.choice(formats))}")
    try:
        moved = dt + timedelta(random.randint(-10 ** 6, 10 ** 6), random.randint(-10 ** 5, 10 ** 5), random.randint(-10 ** 7, 10 ** 7))
        note(f"{moved!r} {moved - dt} {datetime.fromisoformat(moved.isoformat())!r} {date.fromisoformat(moved.date().isoformat())}")
    except OverflowError as e:
        note(str(e))
    fmt = ""
    for _ in range(random.randint(1, 4)):
        fmt += random.choice(directives) + random.choice(["", " ", "-", ":", "/", ", "])
    year_dt = datetime(random.randint(1900, 2100), random.randint(1, 12), random.randint(1, 28), random.randint(0, 23),
                       random.randint(0, 59), random.randint(0, 59), random.randint(0, 999999))
    text = year_dt.strftime(fmt)
    if random.random() < 0.3:
        k = random.randint(0, len(text))
        text = text[:k] + random.choice("0123456789 aP:") + text[k + 1:]
    try:
        note(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        note(str(e))
    except re.error as e:
        note(str(e))
print(digest)
