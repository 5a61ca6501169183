# `a + b` of two strs whose left one is a constant or made only for the sum ("n=" + str(n),
# f"{n}/" + s, s.rjust(5) + t, ",".join(xs) + s) is built in one block (passes/fuse_str_parts.py);
# `s + str(n)` and `s = s + t` stay concatenations.  Each is checked against the same text made
# another way, with ints past 64 bits, non-ASCII text and empty strs.


def sums(n, s, xs):
    return ["n=" + str(n), f"{n}/" + s, s.rjust(5) + s, ",".join(xs) + s, str(n) + s, s.zfill(4) + str(n),
            f"<{s:>3}>" + f"[{n:04d}]", "" + str(n), str(n) + "", s + str(n), s.ljust(6) + "|"]


def sums_another_way(n, s, xs):
    sn = "%d" % n
    return ["n=%s" % sn, "%s/%s" % (sn, s), "%5s%s" % (s, s), "%s%s" % (",".join(xs), s), sn + s,
            "%s%s" % (s.zfill(4), sn), "<%3s>[%s]" % (s, format(n, "04d")), sn, sn, s + sn, "%-6s|" % s]


CASES = [(0, "", []), (7, "ab", ["x"]), (-12, "naïve", ["日本", "", "語"]), (2 ** 64, "-", ["a", "b"]),
         (-(10 ** 40), "+3", ["é"] * 3), (123456, "x y z", ["1", "22", "333"])]
for n, s, xs in CASES:
    got = sums(n, s, xs)
    print(got, got == sums_another_way(n, s, xs))


def grow(n):
    s = "start"
    for i in range(n):
        s = s + str(i)
        s += ":" + str(-i)
    return s


g = grow(2000)
print(len(g), g[:40], g[-40:])


def too_many_digits(n, s):
    try:
        return "value " + str(n) + s
    except ValueError as e:
        return "ValueError: " + str(e)[:40]


print(too_many_digits(5, "!"))
print(too_many_digits(10 ** 5000, "!"))
