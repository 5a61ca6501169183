# Functions that return several values as a tuple.
def min_max_mean(xs):
    lo = xs[0]
    hi = xs[0]
    total = 0
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        total += x
    return lo, hi, total / len(xs)


def div_mod(a, b):
    return a // b, a % b


def split_name(full):
    parts = full.split(" ")
    return parts[0], parts[-1], len(parts)


def parse_time(text):
    pieces = text.split(":")
    return int(pieces[0]), int(pieces[1]), int(pieces[2])


def to_seconds(hms):
    h, m, s = hms
    return h * 3600 + m * 60 + s


def from_seconds(total):
    h, rest = div_mod(total, 3600)
    m, s = div_mod(rest, 60)
    return (h, m, s)


data = [12, 7, 33, 4, 18, 25, 9]
lo, hi, avg = min_max_mean(data)
print("min", lo, "max", hi, "mean", avg)
stats = min_max_mean([2, 4, 6, 8])
print("stats tuple", stats)

for a, b in [(17, 5), (-17, 5), (100, 7), (3, 10)]:
    q, r = div_mod(a, b)
    print(a, "=", b, "*", q, "+", r, "check", b * q + r == a)

for full in ["Grace Brewster Hopper", "Alan Turing", "Ada King Lovelace Byron"]:
    first, last, count = split_name(full)
    print(first, "/", last, "/", count)

times = ["01:02:03", "00:59:59", "12:00:00", "23:45:10"]
total = 0
for t in times:
    hms = parse_time(t)
    secs = to_seconds(hms)
    total += secs
    print(t, "->", hms, "->", secs)
print("total seconds", total, "->", from_seconds(total))
h, m, s = from_seconds(total // len(times))
print(f"average {h:02d}:{m:02d}:{s:02d}")


def running_extremes(xs):
    best = xs[0]
    best_at = 0
    for i in range(len(xs)):
        if xs[i] > best:
            best, best_at = xs[i], i
    return best, best_at


print(running_extremes([3.5, 9.25, 1.0, 9.0, 12.5, 2.0]))
value, where = running_extremes([5.0, 4.0])
print(value, where)
