# Fields of `k, v = row.split("=")` read only as parts of concatenations (padded or not) and by
# int(): pyzc reads them where they lie in the row (passes/split_piece_ranges.py), in ASCII and
# UTF-8 rows, with int()'s ValueError quoting the field, a field also kept, a field rebound, and a
# handler that reads the fields (then they are made).


def parts(text):
    total = 0
    out = []
    for rec in text.split(";"):
        name, num, tag = rec.split(",")
        total += int(num)
        out.append(f"{name:>6}|{tag:<3}|" + name + tag.zfill(3) + "." + num.strip())
    return total, out


def pairs(text):
    out = []
    for line in text.splitlines():
        k, v = line.split("=")
        out.append("[" + k + "]" + f"<{v:>7}>" + k.rjust(5) + ":" + v.ljust(7) + "|")
    return out


def converted(text):
    n = 0
    seen = []
    try:
        for line in text.splitlines():
            k, v = line.split("=")
            seen.append(k + "=" + v)
            n += int(v)
    except ValueError as e:
        return str(e), n, seen
    return "", n, seen


def handler_reads(text):
    k = v = "none"
    n = 0
    try:
        for line in text.splitlines():
            k, v = line.split("=")
            n += int(v)
    except ValueError as e:
        return str(e), n, k, v
    return "", n, k, v


def kept_and_rebound(text):
    keys = []
    out = []
    for line in text.splitlines():
        k, v = line.split("=")
        out.append(k + "->" + v + ";")
        keys.append(k)
        v = v + "!"
        out.append(v)
    return keys, out


print(parts("alpha,1,x;beta,22,yy;gamma,-3,é;δ,  4 ,z"))
print(pairs("k1=v1\nkey2=value2\n=empty\n中文=字\nx="))
print(converted("a=1\nb=22\nc= 3 \nd=x4\ne=5"))
print(converted("a=1\nb=99999999999999999999"))
print(handler_reads("a=1\nb=2\nc=three"))
print(kept_and_rebound("a=1\nbé=2"))
