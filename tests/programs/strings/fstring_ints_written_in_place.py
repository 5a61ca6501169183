# f-string fields of ints (no spec, d, a width, 0 and a width) and str(int) in chains of +: written into the
# result, with CPython's signs, padding, big ints and its limit on their digits.


def fields(xs):
    for x in xs:
        print(f"[{x}] [{x:5}] [{x:05d}] [{x:02}] [{x:d}] [{x!r}] [{x!s}] [{x:0d}] [{x:1}] [{x:12}]|")


fields([0, 7, -7, 42, -42, 99, 100, -100, 12345, -12345, 123456, 2 ** 59, -(2 ** 59), 2 ** 60, -(2 ** 60) - 1,
        2 ** 62, -(2 ** 62), 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 5, 10 ** 30, -(10 ** 30)])
for w in range(1, 25):
    v = 10 ** w - 1
    print(f"{v}|{-v}|{v + 1:03}|{-v - 1:25}")
b = True
print(f"{b} {b:5} {b:03} {b!r:>6} {False:d} {b!s}")
n = 5
print(f"{n:>5}|{n:<5}|{n:^5}|{n:+d}|{n:,}|{n:x}|{n!r:5}|{n:=5}|")
big = 10 ** 5000
try:
    print(f"a{big}b")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"a{-big:08}b")
except ValueError as e:
    print("ValueError:", e)
print(len(f"{10 ** 4299}"), len(f"{-(10 ** 4299):4400}"))
day, hour = 3, 9
line = f"2024-01-{day:02d} {hour:02d}:{hour * 7 % 60:02d} id={n * 1000}"
print(line, len(line))
s = f"{'é'}{n:3}{'ü'}{n}"
print(s, len(s), s.upper(), s[2:4])
print(f"{n}", len(f"{n}"), f"{n:1000}".strip(), len(f"{n:1000}"))


def rows(count):
    out = []
    state = 12345
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(str(i) + ";" + str(state % 1000) + ";" + str(-i) + "|" + str(True) + str(2 ** 70 + i))
    return out


print(rows(4))
x = 7
print(str(x) + "a" + str(x * 3.5) + str(x) + str(-x))
