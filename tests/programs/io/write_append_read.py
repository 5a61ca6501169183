# Writes a file, appends to it, reads it back three ways (read, readline/readlines, iteration); the directory comes from sys.argv[1]; a missing file is caught and printed.
import os
import sys


def write_report(path, values):
    with open(path, "w") as out:
        out.write("# report\n")
        for i, v in enumerate(values):
            print(i, v, v * v, sep="\t", file=out)
    return len(values)


def append_note(path, note):
    f = open(path, "a")
    n = f.write(note + "\n")
    f.close()
    return n


folder = sys.argv[1]
path = os.path.join(folder, "report.txt")
print("exists before:", os.path.exists(path))
print("rows written:", write_report(path, [3, 1, 4, 1, 5, 9, 2, 6]))
print("note chars:", append_note(path, "note: naïve café ✓"))
print("exists after:", os.path.exists(path), os.path.isfile(path), os.path.isdir(folder))
print("size:", os.path.getsize(path))

with open(path) as f:
    text = f.read()
print(len(text), "chars,", text.count("\n"), "newlines")
print(repr(text[-22:]))

with open(path) as f:
    first = f.readline()
    rest = f.readlines()
    after = f.readline()
print(repr(first), len(rest), repr(rest[-1]), repr(after))

total = 0
with open(path, "r") as f:
    for line in f:
        if line.startswith("#") or line.startswith("note"):
            continue
        cols = line.split("\t")
        total += int(cols[2])
print("sum of squares:", total)

try:
    open("missing-input.txt")
except FileNotFoundError as e:
    print("caught:", e)
try:
    with open(os.path.join(folder, "no", "such", "dir.txt"), "w") as f:
        f.write("x")
except PermissionError:
    print("not expected: PermissionError")
except OSError as e:
    print("caught OSError:", str(e).startswith("[Errno 2] No such file or directory: "))
try:
    open(folder)
except IsADirectoryError:
    print("caught IsADirectoryError")
