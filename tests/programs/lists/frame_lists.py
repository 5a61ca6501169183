# Lists that never leave their function's call live in its C frame (passes/frame_lists.py); those that
# may be reached after their maker runs again, or that leave the call, stay on the heap.  Every result
# here must be what CPython prints, whichever way pyzc decides.


def joined_rows(n):
    out = []
    for i in range(n):
        fields = []
        for j in range(i % 5 + 1):
            fields.append(str(i * j))
        out.append(",".join(fields))
    return out


def previous_kept(n):
    # `prev` still holds the last list when `cur = []` runs again: two lists at once
    prev = []
    total = []
    for i in range(n):
        cur = [i, i + 1]
        cur.append(i * 2)
        if i > 0:
            total.append(len(prev) * 100 + prev[0] * 10 + cur[0])
        prev = cur
    return total


def grown(n):
    # more items than the frame holds: they move to the heap
    sums = []
    for k in range(n):
        xs = []
        for i in range(k * 7):
            xs.append(i * i)
        ys = [1, 2, 3]
        ys.extend(xs)
        sums.append(len(ys) + sum_of(ys))
    return sums


def sum_of(xs):
    # xs is a parameter: the caller's list (on the heap, or not: it is passed, so it is)
    t = 0
    for x in xs:
        t += x
    return t


def split_fields(lines):
    totals = []
    for line in lines:
        parts = line.split(";")
        t = 0
        for p in parts:
            t += len(p)
        parts[0] = "changed"
        totals.append(t * 10 + len(parts) + len(parts[0]))
    return totals


def bad_separator(text, sep):
    try:
        pieces = text.split(sep)
        return str(len(pieces) + len(pieces[-1]))
    except ValueError as e:
        return str(e)


def recursive(depth):
    here = [depth, depth * 2]
    if depth > 0:
        below = recursive(depth - 1)
        here.append(below)
    return sum_list(here)


def sum_list(xs):
    return sum(xs)


def escapes(n):
    kept = []
    for i in range(n):
        row = [i, -i]
        kept.append(row)  # stored in another list: on the heap
    return kept


def returned(i):
    made = ["a" * i, "b"]
    return made


def closure_reads(n):
    seen = [n, n + 1]

    def first():
        return seen[0] + len(seen)

    return first()


def handler_reads(words):
    found = []
    try:
        for w in words:
            found.append(w.upper())
            if w == "stop":
                raise KeyError(w)
    except KeyError:
        return "|".join(found) + "!"
    return "|".join(found)


def survives_collections(n):
    # the frame list's strings are reachable only from the frame while much is allocated
    results = []
    for round_ in range(4):
        mine = []
        for i in range(12):
            mine.append("item-" + str(round_ * 100 + i) + "-" + "x" * (i % 3))
        churn = 0
        for i in range(n):
            churn += len(str(i) * 3)
        results.append(" ".join(mine) + " " + str(churn))
    return results


def literal_in_loop(values):
    hits = 0
    for v in values:
        if v in [3, 5, 7]:
            hits += 1
        small = [v, v + 1, v + 2]
        small.reverse()
        small.sort()
        hits += small[0] - v + small.index(v + 2)
    return hits


for row in joined_rows(12):
    print(row)
print(previous_kept(8))
print(grown(5))
print(split_fields(["a;bb;ccc", "", "x;;y", ";;;"]))
print(bad_separator("a,b,c", ","), bad_separator("a,b,c", ""))
print(recursive(6))
print(escapes(4))
print(returned(3), returned(0))
print(closure_reads(5))
print(handler_reads(["go", "on", "stop", "never"]), handler_reads(["a", "b"]))
for line in survives_collections(30000):
    print(line)
print(literal_in_loop(list(range(12))))


def split_fails_midway(texts, seps):
    # the third split raises: `parts` must still be the second round's list in the handler
    parts = ["none"]
    try:
        for t, sep in zip(texts, seps):
            parts = t.split(sep)
    except ValueError as e:
        return "kept " + ",".join(parts) + " (" + str(e) + ")"
    return "done " + ",".join(parts)


def split_fails_other_name(texts, sep):
    last = ["none"]
    try:
        for t in texts:
            parts = t.split(sep if t else "")
            last = parts
    except ValueError:
        return "last " + ",".join(last)
    return "done " + ",".join(last)


print(split_fails_midway(["a,b", "c;d", "e"], [",", ";", ""]), split_fails_midway(["x y"], [" "]))
print(split_fails_other_name(["p,q", "r,s,t", ""], ","), split_fails_other_name(["u"], ","))
