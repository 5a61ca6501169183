# A piece of a str that is only split (a line of a splitlines loop, a field of an unpacked split)
# is split where it lies in its str (passes/split_piece_ranges.py): pieces that are the whole line,
# the whole text, empty, non-ASCII or whitespace of every kind, splits only measured, maxsplit, and
# an empty separator's ValueError, each printed as CPython prints them.


def lines_split(text, sep):
    out = []
    for row in text.splitlines():
        fields = row.split(sep)
        out.append(fields)
    return out


def lines_counted(text):
    total = 0
    per = []
    for row in text.splitlines():
        per.append(len(row.split()))
        total += len(row.split(","))
    return total, per


def fields_split(rows):
    out = []
    for line in rows:
        ident, words, score = line.split(";")
        parts = words.split(",")
        out.append((ident, parts, len(score.split()), score))
    return out


def pieces_of_split(text):
    out = []
    counts = []
    for chunk in text.split("|"):
        out.append(chunk.split(",", 1))
        counts.append(len(chunk.split()))
    return out, counts


def whole_text_one_line(s):
    # the line is all of the text, and its one field all of the line
    for row in s.splitlines():
        return row.split(";"), row.split(), row.split("x")


TEXTS = ["a,b|c\nd,,e|\n\n|x y\n", "one line no separator", "", "\n\n", "α,β|γ\r\nδ  ε\u2028ζ,η\x85θ",
         "  lead and trail  \n\ttabs\tand\u3000ideographic space\n", "x" * 40 + "," + "y" * 40, ",", "a\r\n"]
for t in TEXTS:
    print(lines_split(t, ","), lines_split(t, "|"), lines_split(t, ", "), lines_counted(t))
    print(pieces_of_split(t))
    print(whole_text_one_line(t + ";k"))

print(fields_split(["1;a,b,c;99", "22;;7", "3;solo; 5 6 ", "4;é,日本,x;", ";,;"]))
try:
    print(fields_split(["1;a,b;2", "bad"]))
except ValueError as e:
    print("ValueError:", e)


def empty_separator(text, sep):
    done = []
    try:
        for row in text.splitlines():
            done.append(row)
            print(row.split(sep))
    except ValueError as e:
        print("ValueError:", e, done)


empty_separator("a,b\nc", ",")
empty_separator("a,b\nc", "")


def cursor_moves(text):
    # the loop's cursor moves on before the split reads the line: the line is the one it was
    rows = []
    for row in text.splitlines():
        text = "changed"
        rows.append(row.split("-"))
    return rows, text


print(cursor_moves("a-b\nc-d-e\n-\n"))


def last_line_after(text):
    # the line is read again after the loop (and in a handler): it is a str of its own
    n = 0
    row = "none"
    try:
        for row in text.splitlines():
            n += len(row.split(","))
            if n > 4:
                raise KeyError(n)
    except KeyError:
        return -1, "stopped at " + repr(row)
    return n, row


print(last_line_after("a,b\nc"), last_line_after("a,b,c\nd,e\nf"), last_line_after(""))


def handler_reads_the_line(text, digits):
    # an op before the split raises into a handler that prints the line; the name is rebound after
    # the split, so only the handler reads this round's line: it is a str of its own
    n = 0
    row = "none"
    try:
        for row in text.splitlines():
            n += int(digits)
            n += len(row.split(","))
            row = "z"
    except ValueError:
        return n, "handler saw " + row
    return n, row


print(handler_reads_the_line("a,b\nc,d\ne", "7"), handler_reads_the_line("a,b\nc,d", "x"))


def many(n):
    text = "\n".join(str(i) + "|" + ",".join(str(j) for j in range(i % 6)) + "|" + "w " * (i % 4) for i in range(n))
    total = 0
    for row in text.splitlines():
        fields = row.split("|")
        total += len(fields[1].split(",")) + len(row.split()) + int(fields[0])
    return total


print(many(20_000))
