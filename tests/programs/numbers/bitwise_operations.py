# Bitwise and shift operators including negative numbers.
def bin_digits(n, width):
    s = ""
    for i in range(width - 1, -1, -1):
        if (n >> i) & 1:
            s += "1"
        else:
            s += "0"
    return s


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin_digits(a & b, 8), bin_digits(a | b, 8), bin_digits(a ^ b, 8))
print(1 << 10, 1 << 40, 1024 >> 3, 1023 >> 3)
print(-1 >> 5, -8 >> 1, -9 >> 1, -1 << 4)
print(-12 & 0xFF, -1 & 7, -6 | 1, -6 ^ 3)
print(~0, ~-1, ~255)
for n in [0, 1, 7, 8, 255, 1023, 123456789]:
    print(n, "popcount", popcount(n), "low byte", n & 255, "is power of two", n > 0 and n & (n - 1) == 0)
flags = 0
READ = 1
WRITE = 2
EXEC = 4
flags |= READ
flags |= EXEC
print("flags", flags, bin_digits(flags, 3))
print("can write", flags & WRITE != 0, "can exec", flags & EXEC != 0)
flags ^= EXEC
print("flags", flags, bin_digits(flags, 3))
h = 5381
for ch in "hello world":
    h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
    print(ch, h)
mask = (1 << 48) - 1
print(mask, mask >> 40, mask ^ (mask >> 1))
