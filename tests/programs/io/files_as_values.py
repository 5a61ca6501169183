# Files are values: passed to functions (sys.stdin or an open file alike), kept in object fields, lists and dicts, and consumed by list(), sum(), max(key=), sorted(set()), comprehensions and enumerate().
import os
import sys


class LineSource:
    def __init__(self, path):
        self.f = open(path)
        self.read_lines = 0

    def next_nonblank(self):
        while True:
            line = self.f.readline()
            if line == "":
                return ""
            self.read_lines += 1
            if line.strip():
                return line.strip()

    def close(self):
        self.f.close()


def count_words(f):
    n = 0
    for line in f:
        n += len(line.split())
    return n


path = os.path.join(sys.argv[1], "words.txt")
with open(path, "w") as f:
    for i in range(20):
        f.write(f"word{i} " * (i % 4) + "\n")

print(list(open(path))[:3])
print(sum(1 for _ in open(path)), "lines")
print([line.strip() for line in open(path) if line.strip()][:2])
print(repr(max(open(path), key=len)))
print(len("".join(open(path))), "chars")
print(any("word7" in line for line in open(path)))
print(sorted(set(open(path)))[:2])
for i, line in enumerate(open(path), 1):
    if i > 17:
        print(i, line.rstrip())
print(count_words(open(path)), "words in the file")
print(count_words(sys.stdin), "words on stdin")

src = LineSource(path)
print(src.next_nonblank(), src.next_nonblank(), src.read_lines)
src.close()
print(src.f.closed)
handles = [open(path), open(path)]
print(len(handles[0].readlines()), repr(handles[1].readline()))
by_name = {"words": open(path)}
print(repr(by_name["words"].read()[:12]))
