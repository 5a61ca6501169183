# A log-line formatter and fixed-width report built with %-formatting and str.format.
raw = """2024-03-01 12:00:01 INFO  api     GET /users 200 12.5
2024-03-01 12:00:02 WARN  api     GET /orders 404 3.25
2024-03-01 12:00:02 INFO  worker  job=resize id=77 ok 1520.0
2024-03-01 12:00:03 ERROR api     POST /orders 500 250.75
2024-03-01 12:00:05 INFO  api     GET /users 200 9.0
# a comment line
2024-03-01 12:00:07 DEBUG cache   hit ratio=0.93 - 0.125
2024-03-01 12:00:09 ERROR worker  job=thumb id=78 failed 3001.5
"""


class Record:
    def __init__(self, date: str, time: str, level: str, source: str, message: str, millis: float):
        self.date = date
        self.time = time
        self.level = level
        self.source = source
        self.message = message
        self.millis = millis

    def __str__(self) -> str:
        return "%s %-5s [%s] %s" % (self.time, self.level, self.source, self.message)

    def __repr__(self) -> str:
        return "Record({!r}, {!r}, {:.2f})".format(self.level, self.source, self.millis)


records = []
for line in raw.splitlines():
    if not line or line.startswith(("#", ";")):
        continue
    parts = line.split(maxsplit=4)
    message, _, millis = parts[4].rpartition(" ")
    records.append(Record(parts[0], parts[1], parts[2], parts[3], message, float(millis)))

for r in records:
    print(r)
print(repr(records[0]), repr(records[-1]))

LINE = "%-8s %6s %10s %8s %7s"
print()
print(LINE % ("level", "count", "total ms", "avg ms", "share"))
print("-" * 43)
levels = ["DEBUG", "INFO", "WARN", "ERROR"]
grand = sum(r.millis for r in records)
for level in levels:
    ms = [r.millis for r in records if r.level == level]
    if not ms:
        continue
    total = sum(ms)
    print("%-8s %6d %10.2f %8.3f %6.1f%%" % (level, len(ms), total, total / len(ms), 100.0 * total / grand))
print("-" * 43)
print("{:<8} {:>6d} {:>10,.2f} {:>8} {:>7.1%}".format("all", len(records), grand, "", 1.0))

print()
by_source = {}
for r in records:
    by_source[r.source] = by_source.get(r.source, 0) + 1
for source in sorted(by_source):
    bar = "#" * by_source[source]
    print("{src:>8} | {bar:<5} | {n:>2} {word}".format(src=source, bar=bar, n=by_source[source],
                                                       word="event" if by_source[source] == 1 else "events"))

slowest = max(records, key=lambda r: r.millis)
SLOWEST = "slowest: {} at {}"
print(SLOWEST.format(slowest.level, slowest.time), "%.1e ms" % slowest.millis,
      "(%+.0f%% vs mean)" % (100.0 * (slowest.millis / (grand / len(records)) - 1)))
print("codes: %s" % ", ".join("%03d/%#x" % (c, c) for c in [200, 404, 500]))
print("%5s|%-5s|%05.1f|%x" % ("ok", "left", -2.345, 48879))
