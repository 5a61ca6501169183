# Counter's in-place operators (+= -= |= &=) change the Counter itself, as CPython's __iadd__ and
# friends do, and then drop the counts that are not positive: every alias sees the change.
from collections import Counter


class Box:
    def __init__(self, c):
        self.c = c


def grow(c, other):
    c += other
    c -= Counter("z")
    return len(c)


a = Counter("abracadabra")
b = a
b += Counter("aabzz")
print(a, a is b)
b -= Counter("aaaaaaaaaaaaaa")
print(a)
b |= Counter("rrrrrrrq")
print(a)
b &= Counter("rrrbbq")
print(a)

box = Box(Counter("xyx"))
held = box.c
box.c += Counter("y")
print(held, held is box.c)
box.c -= held
print(held, len(held))

items = [Counter("mm"), Counter("mn")]
first = items[0]
items[0] |= items[1]
print(first, items)
items[1] &= Counter("n")
print(items)

p = Counter("pp")
print(grow(p, Counter("pzq")), p)

s = Counter("ss")
s += s
print(s)
s -= s
print(s, len(s))
s |= s
print(s)

r = Counter("ab")
old = r
r = r + Counter("c")  # rebinding: old is another Counter now
print(old, r, old is r)
