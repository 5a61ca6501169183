# a, b, c = s.split(sep) and s.split(): the pieces cut straight into the targets, CPython's ValueError
# (and its counts) when s holds more or fewer, the string and separator evaluated once, in order.

calls = []


def text(s):
    calls.append(s)
    return s


def three(s, sep):
    try:
        a, b, c = s.split(sep)
        print(repr(a), repr(b), repr(c))
    except ValueError as e:
        print("ValueError:", e)


def two_words(s):
    try:
        a, b = s.split()
        print(repr(a), repr(b))
    except ValueError as e:
        print("ValueError:", e)


for s in ["a,b,c", "a,b", "a,b,c,d", "", ",,", ",,,", "a,,", ",b,", "abc", "é,ü,∑", "x,y,z,"]:
    three(s, ",")
for s in ["1::2::3", "1::2", "::::", "1:::2::3", "aaaa", "aaaaaa"]:
    three(s, "::")
three("aaaaaaa", "aa")  # separators do not overlap: 'aa','aa','aa','a' -> too many
three("aaaaa", "aa")
three("a,b,c", "")
for s in ["one two", "  one   two  ", "one", "", "   ", "one two three", "a\tb", "a\u2003b", "a\x1cb\x1d",
          "é\u00a0ü", "one two three four five"]:
    two_words(s)

line = "ident;alpha,beta;42"
ident, words, score = line.split(";")
print(ident, words, score)
[w1, w2] = words.split(",")
print(w1, w2)
only, = "solo".split(",")
print(only)
x, y = text("3 4").split()
print(int(x) + int(y), calls)
s = "p=q"
s, t = s.split("=")  # the string is read before the names are stored
print(s, t)
d = {}
d["k"], d["v"] = text("key:value").split(text(":"))
print(d, calls)


class Pair:
    def __init__(self):
        self.left = ""
        self.right = ""


p = Pair()
p.left, p.right = "L|R".split("|")
print(p.left, p.right)
total = 0
for row in ["1;2;3", "4;5;6", "7;8;9"]:
    a, b, c = row.split(";")
    total += int(a) * int(b) - int(c)
print(total)
try:
    a, b = "no separator here".split("#")
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = "1 2 3".split()
except ValueError as e:
    print("ValueError:", e)
