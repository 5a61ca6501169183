# Catching common builtin errors: bad ints, bad indexes, division by zero.
def parse_int(text, fallback):
    try:
        return int(text)
    except ValueError:
        print("  not a number:", repr(text))
        return fallback


inputs = ["42", "-7", "x", "3.5", " 12 ", "", "0x1f", "+8"]
total = 0
for s in inputs:
    v = parse_int(s, 0)
    total += v
    print("parsed", repr(s), "->", v)
print("total", total)

try:
    n = int("seventeen")
    print("never", n)
except ValueError as err:
    print("message:", err)
    print("str:", str(err))

values = [10, 20, 30]
for i in [0, 2, 3, -1, -4]:
    try:
        print(f"values[{i}] =", values[i])
    except IndexError as ie:
        print("index", i, "failed:", ie)


def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError as zd:
        print("  ratio", a, "/", b, "->", zd)
        return 0.0


for a, b in [(1, 4), (3, 0), (0, 5), (7, 0)]:
    print("ratio", safe_ratio(a, b))

for a, b in [(17, 5), (8, 0)]:
    try:
        print(a, "//", b, "=", a // b, "and", a, "%", b, "=", a % b)
    except ZeroDivisionError as zd:
        print("integer division failed:", zd)

try:
    print(2.5 / 0.0)
except ZeroDivisionError as zd:
    print("float division failed:", zd)

words = ["alpha", "beta"]
try:
    words.pop()
    words.pop()
    words.pop()
except IndexError as ie:
    print("pop failed:", ie, "remaining", words)
try:
    print(words.index("gamma"))
except ValueError as err:
    print("index failed:", err)
print("done")
