# array.array: construction, reading as a list, checked stores, methods, repr, tobytes, errors
from array import array
import array as arraymod
import os
import sys


def show(a):
    print(a, len(a), a.tolist())


show(array("i", [1, 2, 3]))
show(array("b"))
show(array("B", [0] * 5))
show(array("h", range(-3, 3)))
show(array("H", (x * 1000 for x in range(4))))
show(array("I", [4000000000, True]))
show(array("l", [-(2 ** 63), 2 ** 63 - 1]))
show(array("L", [0, 2 ** 63 - 1]))
show(array("q", [5]))
show(array("Q", [7]))
show(arraymod.array("d", [1, 2.5, True]))
show(array("f", [0.1, 1e300, -2.5, 3]))
show(array("d", array("i", [4, 5])))

a = array("i", [5, 1, 4])
a.append(7)
a.insert(0, -1)
a.insert(100, 9)
a.extend([2, 3])
a.extend(array("i", [8]))
a.extend(x for x in range(2))
a.fromlist([6])
a += array("i", [11])
print(a, a[0], a[-1], a[2:5], a[::-1], a[::3])
a[1] = 50
a[-1] += 100
a[2] *= 3
print(a, 50 in a, 99 in a, a.index(4), a.index(9, 2), a.count(1), a.count(42))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(7)
a.reverse()
print(a, sorted(a), sum(a), min(a), max(a), list(a))
del a[0]
del a[1:3]
print(a, a * 2, 2 * a, a + a, a * 0, a == array("i", a.tolist()), a != a, a < a + a)
total = 0
for v in a:
    total += v
print(total, [v * 2 for v in a], bool(a), bool(array("d")), str(a), repr(a), f"{a}", "%s" % a)

f = array("f", [1.5])
f.append(0.1)
f[0] = 1 / 3
f.extend([2, 1e40])
f.fromlist([0.2])
print(f, f[1] == 0.1, f.index(1.5) if 1.5 in f else -1)
d = array("d")
d.append(3)
d[0] += 0.25
print(d, d.tobytes(), f.tobytes())

print(array("b", [-1, 1]).tobytes(), array("B", [255, 0]).tobytes(), array("h", [-2]).tobytes())
print(array("H", [513]).tobytes(), array("i", [-3]).tobytes(), array("I", [7]).tobytes())
print(array("l", [-1]).tobytes(), array("L", [2]).tobytes(), array("q", [1]).tobytes(), array("Q", [256]).tobytes())
print(array("B", b"xyz".upper()[:0]).tobytes(), array("d", [0.5]).tobytes())

print(a.typecode, a.itemsize, f.typecode, f.itemsize, array("Q").itemsize, array("h").itemsize)
rows = [array("B", [1, 2]), array("B")]
rows[1].append(9)
print(rows, {"k": array("d", [1.0])}, (array("b", [1]), 2))


class Grid:
    def __init__(self, n):
        self.cells = array("H", [0] * n)

    def bump(self, i):
        self.cells[i] += 1
        return self.cells[i]


g = Grid(3)
g.bump(1)
print(g.bump(1), g.cells)


def attempt(code, v):
    try:
        if code == "b":
            array("b").append(v)
        elif code == "B":
            array("B", [v])
        elif code == "h":
            array("h", [0])[0] = v
        elif code == "H":
            x = array("H", [0])
            x[0] += v
        elif code == "i":
            array("i").insert(0, v)
        elif code == "I":
            array("I").extend([v])
        elif code == "L":
            array("L").fromlist([1, v])
        elif code == "Q":
            array("Q", (v for _ in range(1)))
        else:
            array("q").append(v)
        print(code, v, "fits")
    except OverflowError as e:
        print(code, v, "OverflowError:", e)


for code in "bBhHiILQq":
    for v in (-1, 127, 128, -129, 255, 256, 32768, -32769, 65536, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 63 - 1, -(2 ** 63)):
        attempt(code, v)

b = array("B", [1, 2])
try:
    b.extend([3, 300, 4])
except OverflowError as e:
    print(e, b)
try:
    b.fromlist([5, 6, -1])
except OverflowError as e:
    print(e, b)
for i in (2, -3):
    try:
        print(b[i])
    except IndexError as e:
        print("IndexError:", e)
    try:
        b[i] = 1
    except IndexError as e:
        print("IndexError:", e)
for v in (3, 9):
    try:
        print(b.index(v))
    except ValueError as e:
        print("ValueError:", e)
    try:
        b.remove(v)
        print(b)
    except ValueError as e:
        print("ValueError:", e)
try:
    b.pop(5)
except IndexError as e:
    print("IndexError:", e)
e = array("d")
try:
    e.pop()
except IndexError as err:
    print("IndexError:", err)
path = os.path.join(sys.argv[1], "array.bin")
with open(path, "wb") as out:
    array("h", [1, -1, 256]).tofile(out)
with open(path, "rb") as inp:
    print(inp.read())
array("B", [256])
