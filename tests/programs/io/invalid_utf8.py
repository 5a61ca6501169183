# A file that is not UTF-8 (a Latin-1 byte on its third line): reading it raises UnicodeDecodeError, a ValueError, with CPython's message; lines before it are read.
def read_lines(path):
    out = []
    try:
        with open(path) as f:
            for line in f:
                out.append(line.rstrip())
    except ValueError as e:
        print("stopped:", e)
    return out


print(read_lines("tests/programs/io/data/latin1.txt"))
with open("tests/programs/io/data/latin1.txt", encoding="utf-8") as f:
    print(len(f.read()))
