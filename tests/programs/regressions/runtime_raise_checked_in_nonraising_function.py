# runtime functions that raise are checked where they are called, even in a function with no other
# raising operation (whose callers would otherwise not check it either)
import math


def gcd_of(a, b):
    return math.gcd(a, b)


def repeat(s, n):
    return s * n


def grow(s, n):
    s *= n
    return s


n = -2**62 * 2
try:
    g = gcd_of(n, 0)
    print(g > 0)
except OverflowError:
    print(True)
for make in range(2):
    try:
        s = repeat("ab", 2**62 + make) if make else grow("ab", 2**62)
        print("no error", len(s))
    except OverflowError as e:
        print("repeat raised OverflowError")
    except MemoryError as e:
        print("repeat raised OverflowError")
print("end")
