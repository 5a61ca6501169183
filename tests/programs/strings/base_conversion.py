# Converting integers to and from strings in different bases by hand.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    negative = n < 0
    if negative:
        n = -n
    out = ""
    while n > 0:
        out = DIGITS[n % base] + out
        n //= base
    if negative:
        return "-" + out
    return out


def from_base(s, base):
    sign = 1
    start = 0
    if s.startswith("-"):
        sign = -1
        start = 1
    value = 0
    for ch in s[start:]:
        value = value * base + DIGITS.find(ch.lower())
    return sign * value


numbers = [0, 1, 2, 10, 255, 256, -255, 1000, 65535, 123456789, -987654321]
for n in numbers:
    b2 = to_base(n, 2)
    b8 = to_base(n, 8)
    b16 = to_base(n, 16)
    b36 = to_base(n, 36)
    print(f"{n:>11} {b8:>12} {b16:>9} {b36:>7}")
    print("   bin", b2)
    back = from_base(b2, 2) == n and from_base(b16, 16) == n and from_base(b36, 36) == n
    print("   roundtrip", back)
print(from_base("FF", 16), from_base("zz", 36), from_base("-777", 8), from_base("101010", 2))
print(int("0042"), int("-0"), to_base(2 ** 40, 16))
