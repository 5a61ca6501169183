# bytes literals: len, indexing, slicing, iteration, comparisons, repr, +, *, in
def show(b: bytes) -> None:
    print(b, len(b), repr(b), str(b))


a = b"hello"
b = b'\x00abc\'"\\\t\n\r\x7f\x80\xff'
show(a)
show(b)
show(b"")
show(b"it's")
show(b'say "hi"')
show(b'both \' and "')
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], b[-1])
total = 0
for x in b:
    total += x
print(total)
print([x for x in a])
print(a + b"!", a * 2, 3 * b"ab", b"x" * 0)
print(a == b"hello", a != b"hello", a < b"help", a > b"hel", b"\xff" > b"a")
print(b"ell" in a, b"xyz" in a, 104 in a, 0 in a, b"" in a)
print(bool(b""), bool(a))
if a:
    print("true")
d = {b"k": 1, b"j": 2}
d[b"k"] += 10
print(d, d[b"k"])
s = {b"a", b"a", b"b"}
print(len(s))
xs = [b"z", b"a", b"m"]
xs.sort()
print(xs, sorted([b"b", b"a"]), max(xs))
t = (b"a", 1)
print(t)
print(hash(b"abc") == hash(b"abc"))
try:
    print(a[5])
except IndexError as e:
    print("IndexError:", e)
try:
    print(300 in a)
except ValueError as e:
    print("ValueError:", e)
hi, lo = b"\x01\x02\x03"[1:]
print(hi, lo)
try:
    x, y = b"abc"
except ValueError as e:
    print("ValueError:", e)
import copy
pairs = {(b"a", 1): "x", (b"b", 2): "y"}
print(pairs[(b"a", 1)], hash((b"k", 0)) == hash((b"k", 0)), hash((b"k", 0)) != hash((b"j", 0)))
print(copy.deepcopy([b"q", b"r"]), copy.copy((b"s", 1)))
