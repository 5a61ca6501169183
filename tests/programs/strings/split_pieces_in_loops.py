# for loops and comprehensions over s.split(), s.split(sep) and s.splitlines() (pyzc cuts each piece
# when the loop reaches it, with no list): Unicode whitespace and line breaks, separators of one and
# more characters that overlap, empty strings and trailing separators, break and else, the source
# name rebound inside the loop, enumerate and zip over splits, nested splits, the order in which the
# string, the separator and other arguments are evaluated, and an empty separator.

TEXT = " the\u3000quick\t brown\x85fox \u2028jumps\r\nover\n\nthe\x1clazy\u00a0dog \x0b end\t"


def words_of(s):
    out = []
    for w in s.split():
        out.append(w)
    return out


print(words_of(TEXT), words_of(""), words_of("   \t\n "), words_of("one"), words_of("ascii only here"))
print([line for line in TEXT.splitlines()], [x for x in "".splitlines()], [x for x in "a\r\rb\r\n".splitlines()])
for sep in [",", ", ", "aa", "é", "|||"]:
    for s in ["a,b,,c,", ", x, , y", "aaaaa", "éaé", "", "|||a||||b|||"]:
        print(repr(sep), repr(s), [p for p in s.split(sep)], len([1 for _ in s.split(sep)]))

count = 0
s = "a b c d e f"
for w in s.split():
    s = s + w  # the loop goes on over the string it started with
    count += 1
    if w == "e":
        break
else:
    print("not reached")
print(count, s)
for w in "x y".split():
    pass
else:
    print("else after", w)

print(list(enumerate("p q r".split(), 10)), list(zip("a b c".split(), "1,2".split(","))))
print([[c for c in w.split("a")] for w in "banana cabana".split()])
print(sum(len(w) for w in TEXT.split()), max(len(line) for line in TEXT.splitlines()))


def noted(log, s):
    log.append(s)
    return s


log = []
for i, w in enumerate(noted(log, "u-v").split(noted(log, "-")), len(noted(log, "start"))):
    log.append(w + str(i))
print(log)
log = []
try:
    for a, b in zip(noted(log, "abc").split(noted(log, "")), noted(log, "never").split()):
        print(a, b)
except ValueError as e:
    print("ValueError:", e, log)

counts = {}
for line in ("alpha beta\ngamma alpha\n\nbeta alpha\n" * 50).splitlines():
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
