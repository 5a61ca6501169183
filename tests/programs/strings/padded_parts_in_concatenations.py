# rjust, ljust, zfill and f"{s:>w}" fields inside a concatenation are written into its result with
# no str of their own (passes/fuse_str_parts.py), as are f-strings inside a chain of + and joins of
# lists by a constant separator; each is compared here with the same text made the long way (a width
# that is not a constant, a fill that is not a space, a separator in a variable), which the pass
# leaves alone, and with lists changed between the join and the rest of the expression.


def table(rows):
    out = []
    for name, qty, price in rows:
        out.append(name.ljust(8) + "|" + str(qty).rjust(5) + "|" + price.zfill(7) + "|")
        out.append(f"{name:<8}|{qty:>5}|{price:>7}|{name:6}|{qty:5}|")
    return out


def the_long_way(rows, w8, w5, w7):
    out = []
    for name, qty, price in rows:
        out.append(name.ljust(w8) + "|" + str(qty).rjust(w5) + "|" + price.zfill(w7) + "|")
        out.append(name.ljust(8, "*") + str(qty).rjust(5, "0") + "|")
    return out


ROWS = [("pen", 3, "1.5"), ("notebook", 12, "-2.25"), ("ink", -4, "+7"), ("", 0, ""), ("a-much-longer-name", 123456, "99999999.5"),
        ("αβγ", 7, "-"), ("日本語テキスト", -12, "+"), ("x", 5, "€3")]
for line in table(ROWS):
    print(line)
for line in the_long_way(ROWS, 8, 5, 7):
    print(line)


def zfills(values):
    for v in values:
        print("[" + v.zfill(1) + "][" + v.zfill(3) + "][" + v.zfill(6) + "]", "<" + v.rjust(4) + v.ljust(4) + ">")


zfills(["", "-", "+", "0", "-1", "+12", "--3", "1-2", "abc", "-αβ", "+日本", "123456789"])


def nested(a, b, n):
    s = f"{a}:{b}" + "/" + f"{n}" + a.rjust(6)
    t = (a + b).rjust(9) + "|" + f"<{a:>4}>" + b
    return s, t


for a, b, n in [("x", "y", 1), ("", "", -5), ("long-word", "é", 10 ** 20), ("日", "本", -(2 ** 63))]:
    print(nested(a, b, n))


def source_changes(s):
    # s is written between the padding and the concatenation (a walrus): the pad sees the old s
    return s.rjust(6) + (s := s + "!") + s.ljust(4)


print(source_changes("ab"), source_changes(""))


def first_error(n, w):
    # the big int's str raises ValueError before the huge width's MemoryError, as in CPython
    try:
        return f"{n}" + "x".rjust(w)
    except ValueError as e:
        return "ValueError: " + str(e)[:40]
    except MemoryError:
        return "MemoryError"


print(first_error(10 ** 5000, 2 ** 62))
print(first_error(5, 2 ** 62))
print(first_error(5, 3))


def in_a_loop(n):
    total = 0
    last = ""
    for i in range(n):
        last = "|".join([str(i).zfill(6), ("w" * (i % 5)).rjust(4), f"{i % 7:>3}"])
        total += len(last)
    return total, last


print(in_a_loop(100_000))


SEPS = ["", ",", ", ", " -> ", "é", "日本"]


def joins(words, sep_var):
    out = []
    for n in range(len(words) + 1):
        part = words[:n]
        out.append("<" + ",".join(part) + "|" + ", ".join(part) + "|" + "".join(part) + ">")
        out.append(f"[{' -> '.join(part)}]" + "é".join(part) + str(n).rjust(3) + "日本".join(part))
        out.append("<" + sep_var.join(part) + "|" + sep_var.join(part[::-1]) + ">")
    return out


for sep in SEPS:
    for line in joins(["a", "bc", "", "naïve", "日本語", "x" * 30], sep):
        print(line)

HELD = ["g1", "g2"]


def grow():
    HELD.append("g" + str(len(HELD) + 1))
    return len(HELD)


def changed_between(xs):
    # the list changes after its join runs and before the concatenation is made: the join sees it before
    a = ",".join(xs) + "|" + str(xs.pop()) + "|" + ",".join(xs)
    b = ",".join(HELD) + "|" + str(grow()) + "|" + ",".join(HELD)
    ys = xs
    c = ";".join(xs) + str(ys.append("new")) + ";".join(ys)
    return a, b, c


print(changed_between(["p", "q", "r"]))


def rows(n):
    out = []
    for i in range(n):
        fields = []
        for j in range(i % 9):
            fields.append(str(j * i))
        kept = [f for f in fields if f != "0"]
        out.append(str(i) + ";" + ",".join(fields) + ";" + " ".join(kept).upper() + ";" + str(i % 1000).zfill(4))
    return out


r = rows(30_000)
print(len(r), r[0], r[1], r[17], r[-1], sum(len(x) for x in r))
