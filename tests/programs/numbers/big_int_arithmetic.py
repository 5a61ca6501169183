# Python ints have no limit (runtime_c/int.c): every operator across the 64-bit boundary, both signs,
# and results that come back into the small range.
EDGES = [0, 1, -1, 7, -7, 2**31, 2**60 - 1, 2**62, -2**62, 2**63 - 1, -2**63, -2**63 + 2**60, -2**63 + 2**60 - 1,
         2**64, -2**64 - 3, 10**30, -(10**30) + 1, 3**100]


for a in EDGES:
    for b in EDGES:
        print(a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b)
        if b != 0:
            print(a // b, a % b, divmod(a, b))
        print(a & b, a | b, a ^ b)
    print(-a, abs(a), ~a, +a, a << 3, a >> 3, a << 70, a >> 70, a ** 2, a ** 3)

# accumulations that leave 64 bits and come back
x = 1
for i in range(100):
    x = x * 3 + i
print(x)
for i in range(100):
    x = (x - i) // 3
print(x)

# the classic shapes
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fact(50), fib(200))
print(fact(100) // fact(98), fact(30) % 1000000007)
print(2**200 - 2**200 + 5, (2**100 + 1) * (2**100 - 1) - 2**200)
h = 0
for ch in "the quick brown fox jumps over the lazy dog" * 3:
    h = h * 131 + ord(ch)
print(h, h % 2**61, h.bit_length())
print(pow(7, 300, 10**40 + 3), pow(2, 100, 1), pow(-3, 101, 1000), pow(3, -1, 10**20 + 1))
print(10**18 * 10 // 10, -(10**19) // 7, (-(10**19)) % 7, 10**19 % -7)
print((1 << 100) >> 99, (-(1 << 100)) >> 99, 1 << 0, 5 >> 100, -5 >> 100)

# a big constant beside a small variable: the fast path must not take the constant's word as a number
for y in [-1, 0, 1, 3, -(2**62)]:
    print(y * 2**70, y + 2**64, y - 2**64, 2**65 - y, y * -(2**66) + 1, y & 2**70 - 1, y | 2**80, y ^ -(2**90))
    print(y < 2**64, y > -(2**64), y == 2**64, 2**64 != y, divmod(y, 2**65), y // -(2**65), y % 2**65)
