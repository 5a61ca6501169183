# Counter == Counter treats a missing key as a count of 0 (CPython 3.10+), unlike dict ==:
# Counter(a=1) == Counter(a=1, b=0).  The inclusion orders < <= > >= follow the same rule.
from collections import Counter

a = Counter("ab")
b = Counter("ab")
b["c"] = 0
print(a == b, a != b, b == a)
print(dict(a) == dict(b))
b["d"] = -1
print(a == b, a <= b, a >= b, b <= a)
print(Counter("ab") < Counter("abc"), Counter("abc") > Counter("ab"), Counter("ab") < Counter("ab"))
print(Counter("ab") <= Counter("ab"), Counter("aab") <= Counter("abc"), Counter() <= Counter("a"))
print(Counter("a") > Counter(), Counter() == Counter(), Counter() < Counter())
