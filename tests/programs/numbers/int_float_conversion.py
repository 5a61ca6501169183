# Conversions between str, int and float.
texts = ["42", "-17", "0", "007", "123456789012"]
total = 0
for t in texts:
    n = int(t)
    total += n
    print(t, "->", n, "doubled", n * 2)
print("total", total)
ftexts = ["3.5", "-0.25", "1e3", "2.5E-2", "10", ".5"]
ftotal = 0.0
for t in ftexts:
    x = float(t)
    ftotal += x
    print(t, "->", x)
print("ftotal", ftotal)
print(int(3.9), int(-3.9), int(2.0), int(1e15))
print(float(3), float(-7), float(0))
print(str(12), str(-5), str(2.50), str(1 / 4))
print(int("12") + int("30"), "12" + "30")
print(int(str(99) + "1"), float(str(2) + ".75"))
n = 12345
s = str(n)
print(len(s), s[0], s[-1], int(s[1:3]))
digit_sum = 0
for ch in s:
    digit_sum += int(ch)
print("digit sum", digit_sum)
p = 7
q = 2
print(p / q, float(p) / q, p // q, int(p / q))
print(p + 0.0, p * 1.0, p - 0.5)
print(abs(-7), abs(-7.5), abs(3), abs(0.0))
print(max(3, 9, 4), min(3.5, 1.25, 2.0), max(-1, -5))
print(round(7 / 3, 4), 7 / 3)
print(str(True), str(False), str(3 > 2))
