# Lists from split() that the program only measures with len(): pyzc counts the pieces and builds no
# list (passes/count_split_pieces.py).  Every count here must be the length of the list CPython builds.


def word_counts(lines):
    total = 0
    for line in lines:
        total += len(line.split())
    return total


def measured_later(text):
    words = text.split()
    fields = text.split(",")
    again = words  # a copy of the list, also only measured
    n = len(words) * 1000 + len(fields)
    return n + len(again)


def chosen(text, by_comma):
    if by_comma:
        parts = text.split(",")
    else:
        parts = text.split()
    return len(parts)


def last_of_loop(rows):
    pieces = "".split()
    for row in rows:
        pieces = row.split(";", 2)
    return len(pieces)


def also_read(text):
    words = text.split()  # read as a list too: it is built
    return len(words), words[-1] if words else "-"


def deleted(text):
    words = text.split("-")
    n = len(words)
    del words
    return n


def empty_separator(text, sep):
    try:
        return str(len(text.split(sep)))
    except ValueError as e:
        return "ValueError: " + str(e)


texts = [
    "",
    " ",
    "one",
    "  two words  ",
    "tabs\tand\nlines\r\nand\x0bvertical\x0cfeeds",
    "controls\x01are\x02not\x1fspaces\x1c\x1d\x1e",
    "unicode\u2003em\u00a0space\u3000ideographic and\u0085next line",
    "caf\u00e9 na\u00efve \u00fcber",
    "a,b,,c,",
    ",,,",
    "x" * 40 + " " + "y" * 17 + "  z",
    " ".join(str(i) for i in range(200)),
    "\t".join("w%d" % i for i in range(50)) + "\n",
    ("word " * 37).strip(),
]
print(word_counts(texts))
for t in texts:
    print(len(t.split()), len(t.split(",")), len(t.split(", ")), len(t.split(None, 1)), len(t.split(",", 2)),
          len(t.split(maxsplit=0)), len(t.split(" ", 3)), measured_later(t), chosen(t, True), chosen(t, False),
          also_read(t)[0], deleted(t))
print(last_of_loop(["a;b", "a;b;c;d;e", "x"]), last_of_loop([]), last_of_loop(["p;q;r;s"]))
print(also_read("alpha beta gamma"))
print(empty_separator("a b", ""), empty_separator("a b", " "), empty_separator("a  b", "  "))
