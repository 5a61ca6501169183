import os
import sys


def read_records(path):
    with open(path, "w") as f:
        f.write("a 1\nb x\nc 3\n")
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            name, value = line.split()
            try:
                yield name, int(value)
            except ValueError:
                print("bad value in", name)
            if lineno == 99:
                return


def safe_ints(words):
    for w in words:
        try:
            n = int(w)
        except ValueError:
            print("bad", w)
            continue
        yield n


def grid_walk(rows, cols):
    r = 0
    while True:
        for c in range(cols):
            if (r + c) % 3 == 0:
                continue
            yield r, c
            if r * c > 6:
                return
        r += 1
        if r >= rows:
            break


def tokens(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield word
                word = ""
            if not ch.isspace():
                yield ch
    if word:
        yield word


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def cells(self):
        return ((i, j, v) for i, row in enumerate(self.rows) for j, v in enumerate(row) if v)

    def column(self, j):
        for row in self.rows:
            yield row[j]


def flatten(xss):
    for xs in xss:
        yield from xs


try:
    for rec in read_records(os.path.join(sys.argv[1], "records.txt")):
        print(rec)
except ValueError as e:
    print("ValueError:", e)
print(list(safe_ints(["1", "two", "3"])))
print(list(grid_walk(4, 4)))
print(list(tokens("x = f(a1, 22) + b;")))
m = Matrix([[0, 2], [3, 0], [5, 6]])
print(list(m.cells()), max(m.column(1)), sum(m.column(0)))
print(list(flatten([[1], [2, 3], [], [4]])))
print(dict(zip(tokens("a b c"), safe_ints(["1", "2", "3"]))))
import itertools
d = {"x": 1, "y": 2}
ks = (k.upper() for k, v in d.items() if v > 1)
print(list(ks))
vs = (v * 10 for v in d.values())
print(next(vs), list(vs))
prs = (a + b for a, b in itertools.combinations([1, 2, 3], 2))
print(list(prs))
firsts = (w[0] for w in reversed(["ab", "cd"]))
print(list(firsts))
lim = 3
small = (x * 2 for x in itertools.takewhile(lambda q: q < lim, [1, 2, 5, 1]))
print(list(small))
bad = (10 // (v - 1) for k, v in d.items())
print(list(bad))
