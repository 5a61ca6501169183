# Big ints in text, floats, hashes and containers (runtime_c/int.c)
import math

big = 2**100 + 12345
neg = -(3**70)
print(big, neg, str(big), repr(neg), f"{big}", f"[{neg:>60}]", f"{big:,}", f"{big:x}", f"{neg:#b}")
print(format(big, "_"), format(big, "o"), format(neg, "X"), "%d" % 5)
print(int("123456789012345678901234567890"), int("-98765432109876543210987654321"), int(" 1_000_000_000_000_000_000_000 "))
print(float(big), float(neg), big / 3, neg / big, big / 2**100, 10**30 / 10**10)
print(int(1e30), int(-2.5e20), int(float(2**64)), round(1e22), math.floor(1e25), math.ceil(-1e25), math.trunc(3e20))
print(big > 1e30, big < 1e31, float(big) == big, 2**53 + 1 == float(2**53 + 1), neg < -1e33)
print(hash(big), hash(neg), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**64) == hash(2**64 % (2**61 - 1)))
xs = [big, 5, neg, 2**64, -1, 2**64]
print(sorted(xs), max(xs), min(xs), sum(xs), xs.count(2**64), xs.index(2**64), big in xs, 2**65 in xs)
d = {big: "big", 5: "five", neg: "neg"}
d[2**64] = "two64"
print(d, d[2**100 + 12345], 2**64 in d, d.get(2**99, "none"))
s = {2**64, 2**64, 3, neg}
print(len(s), 2**64 in s, 2**65 in s)
t = (big, 1)
print(t, t == (2**100 + 12345, 1), t < (2**101, 0), hash(t) == hash((2**100 + 12345, 1)))
print(math.factorial(30), math.comb(100, 50), math.perm(40, 20), math.gcd(2**64, 6), math.lcm(2**40, 3**30))
print(math.isqrt(10**18), round(-9223372036854775807, -18), round(5 * 10**18 + 1, -19))
nums = [1, 2.5, 2**70]
print(nums, sum(nums), max(nums))
