# Python's floor division and modulo sign rules for ints and floats.
def show_int(a, b):
    q = a // b
    r = a % b
    print(f"{a:>4} // {b:>3} = {q:>4}   {a:>4} % {b:>3} = {r:>3}   check {q * b + r}")


def show_float(a, b):
    q = a // b
    r = a % b
    print(a, "//", b, "=", q, " ", a, "%", b, "=", r)


pairs_a = [7, -7, 7, -7, 0, 1, -1, 100, -100, 13]
pairs_b = [2, 2, -2, -2, 3, 5, 5, 7, 7, -4]
for a, b in zip(pairs_a, pairs_b):
    show_int(a, b)

fa = [7.5, -7.5, 7.5, -7.5, 0.5, -0.5, 10.0]
fb = [2.0, 2.0, -2.0, -2.0, 0.25, 3.0, -3.0]
for fx, fy in zip(fa, fb):
    show_float(fx, fy)

# Mixed int and float operands.
print(-7 // 2.0, -7 % 2.0, 7 // -2.5, 7 % -2.5)
# Division always gives floats.
print(-7 / 2, 7 / -2, -8 / 4, 1 / 3)
# Hour-of-day wrap using modulo with negative offsets.
for offset in [-25, -1, 0, 5, 30]:
    print("hour 3 offset", offset, "->", (3 + offset) % 24)
# Digits of a negative number using floor division.
n = -1234
digits = []
m = abs(n)
while m > 0:
    digits.append(m % 10)
    m //= 10
print("digits reversed:", digits)
print("n // 10 =", n // 10, "n % 10 =", n % 10)
