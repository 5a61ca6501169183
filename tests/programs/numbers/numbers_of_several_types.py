# A place that holds an int at one time and a float or a bool at another, as CPython allows:
# variables, returns, fields, list and dict items, conditional expressions.  Printing,
# arithmetic, comparison, hashing and the builtins give CPython's results for the type the
# value has at that moment.
import math

x = 1
print(x, "int first")
x = 2.5
print(x, x * 2, x + 1, x / 2, -x, x // 1, x % 2, x ** 2)
flag = True
print(flag)
flag = 3
print(flag + 1, flag * 2.0, flag // 2, flag % 2, flag ** 2, +flag, abs(-flag))


def half_if_big(k):
    if k > 2:
        return k / 2
    return k


for i in range(5):
    v = half_if_big(i)
    print(v, v < 2, v == 1, v >= 1.5, v != 2, str(v), repr(v), f"{v}|{v!r}", v * v, v - 1)

mixed = [3, 1.5, 2, True, -0.0]
print(mixed, max(mixed), min(mixed), sorted(mixed), sum(mixed), len(mixed))
print(max(3, 1.5), min(2, 2.0), max(True, 0), min(0.5, 1, False))
print(mixed.index(2), mixed.count(1.5), 1.5 in mixed, 7 in mixed)
mixed.append(10)
mixed.sort()
print(mixed)

v = 7
v = v / 2
print(int(v), float(v), abs(-v), round(v), round(v, 0), math.sqrt(v), math.floor(v), math.ceil(v))
print(f"{v:.3f}", f"{v:>8}", format(v, "e"), "%d %5.2f %s" % (v, v, v))
n = 7
n = n if n > 100 else 2.0
n = 8
print(f"{n:04d}", "%x" % n, math.floor(n), round(n, -1))

prices = {"a": 1, "b": 2.5}
prices["c"] = True
print(prices, prices["a"] + prices["b"], sum(prices.values()))
print(sorted(prices.items()))


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance = self.balance + amount


acct = Account()
print(acct.balance)
acct.deposit(2.5)
print(acct.balance)
acct.deposit(-2.5)
print(acct.balance, acct.balance == 0, bool(acct.balance))

print(hash(v) == hash(3.5), hash(2.0) == hash(2))
keys = {1, 2.0, 3, True}
print(keys, 2 in keys, len(keys))
counts = {}
for k in (1, 1.0, 2.5, True):
    counts[k] = counts.get(k, 0) + 1
print(counts)

z = 5
z = z * 1.0 if z > 10 else z
print(z & 1, z << 2, ~z, z >> 1, z | 8, z ^ 1)
t = 3
t = 0.0 if t > 5 else t
print(isinstance(t, int), isinstance(t, float), isinstance(t, bool))
t = 0.0
print(isinstance(t, int), isinstance(t, float), t or 7, t and 7)
big = 2 ** 53 + 1
b = big
b = b if b > 0 else 0.5
print(b == 2.0 ** 53, b > 2.0 ** 53, b + 0.0, b / 3)

total = 0
for w in (1, 2.5, 3):
    total += w
print(total, total > 6)
count = 0
count += 1 / 4
print(count)
