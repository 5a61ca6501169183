# None or a value with typing annotations, += on a value that starts as None, d.get(k) of str and list values.
from typing import Optional, List


def total(xs: List[int]) -> Optional[int]:
    result = None
    for x in xs:
        if result is None:
            result = x
        else:
            result += x
    return result


print(total([1, 2, 3]), total([]))


def rows(n):
    if n == 0:
        return None
    return [[i] * n for i in range(n)]


r = rows(2)
print(r, rows(0))
if r:
    print(len(r), r[0])
prev: Optional[int] = None
gaps = 0
for x in [1, 2, 5, 6, 9]:
    if prev is not None and x - prev > 1:
        gaps += 1
    prev = x
print(gaps, prev)
names = {"a": "x"}
v = names.get("b")
print(v is None, names.get("a"), (v or "none").upper())
counts = {"a": [1]}
c = counts.get("a")
if c is not None:
    c.append(2)
print(counts, counts.get("z"))
