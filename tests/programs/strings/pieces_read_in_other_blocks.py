# Fields of `a, b, c = row.split(";")` read in place (passes/split_piece_ranges.py) by a
# concatenation or a split in another block than the split's: after a loop over another field,
# in one branch of an if, in the next statement of a loop, and in an except handler; and the
# shapes that must still make the str: a field also stored, a field rebound in a branch, a
# field read by a handler that prints it, a field read in the next iteration.


def after_a_loop(lines):
    out = []
    for line in lines:
        ident, words, score = line.split(";")
        kept = [w.upper() if len(w) > 3 else w for w in words.split(",") if w != "x"]
        out.append("|".join([ident.zfill(5), " ".join(kept), score.rjust(4)]))
    return out


def in_a_branch(lines):
    out = []
    for line in lines:
        key, value = line.split("=")
        if len(value) > 2:
            out.append(f"<{key:>4}:{value}>")
        else:
            out.append(key + "!" + value)
            for part in value.split("-"):
                out.append(part)
    return out


def split_later(lines):
    n = 0
    for line in lines:
        head, tail = line.split(":")
        for k in range(2):
            n += k
        n += len(tail.split(","))
        n += len(head.split())
    return n


def kept_and_rebound(lines):
    out = []
    keep = []
    for line in lines:
        a, b = line.split("/")
        if a == "z":
            b = "rebound"
        for _ in range(1):
            out.append(a + b)
        keep.append(a)
    return out, keep


def handler_reads(lines):
    out = []
    for line in lines:
        a, b = line.split("/")
        try:
            for ch in b:
                out.append(str(int(ch)))
        except ValueError:
            out.append(a + "?")
            print("bad", a, b)
    return out


def handler_builds(lines):
    total = 0
    out = []
    for line in lines:
        a, b = line.split("/")
        try:
            total += int(b)
        except ValueError:
            out.append("[" + a + "]")
    return total, out


def read_next_time(lines):
    out = []
    last = ""
    for line in lines:
        a, b = line.split("/")
        out.append(last + "." + a)
        last = b
    out.append(last)
    return out


def utf8_fields(lines):
    out = []
    for line in lines:
        name, city = line.split("|")
        for _ in city.split(" "):
            pass
        out.append(f"{name:^9}~{city:>8}")
    return out


print(after_a_loop(["7;alpha,x,bb,gamma;12", "123456;;3", "-4;x,x;-15", "+8;dd,eeee;7"]))
print(in_a_branch(["a=b", "key=value", "k=1-2", "=", "long=x-y-z"]))
print(split_later(["a b c:1,2,3", ":", " x :y"]))
print(kept_and_rebound(["p/q", "z/w", "/"]))
print(handler_reads(["a/12", "b/3x4", "c/"]))
print(handler_builds(["a/12", "b/x", "c/-3", "d/ 5 "]))
print(read_next_time(["a/b", "c/d", "e/f"]))
print(utf8_fields(["Zoë|Zürich", "Åsa|Malmö Öst", "Li|北京"]))
