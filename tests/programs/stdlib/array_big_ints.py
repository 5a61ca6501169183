# array.array items past 64 bits: L and Q hold 2**63 to 2**64 - 1 (as big ints), and every typecode
# gives CPython's OverflowError for an int it cannot hold, past 64 bits too.
from array import array

a = array("Q", [2**64 - 1, 5, 2**63])
print(a, a[0], a.tolist(), sum(a), max(a), a[0] > a[2], a.index(2**63), 2**63 in a)
b = array("Q")
b.frombytes(a.tobytes())
print(b == a, b)
b.byteswap()
print(b)
b.byteswap()
print(b == a)
c = array("L")
c.frombytes(b"\xff" * 8 + b"\x01" + b"\x00" * 7)
print(c, c[0] + 1)
c[1] = 2**63 + 1
c.append(2**64 - 2)
print(c, c.count(2**64 - 2))
q = array("q", [-2**63, -2**63 + 5, 2**63 - 1])
q2 = array("q")
q2.frombytes(q.tobytes())
print(q, q.tobytes()[:9], q2 == q, sorted(q))
q.byteswap()
print(q)


def show(code, make):
    for v in [2**63, 2**64, -2**63 - 1, -1, 2**100, -2**100]:
        try:
            print(code, v, make(v))
        except OverflowError as e:
            print(code, v, "OverflowError:", e)


show("b", lambda v: array("b", [v]))
show("B", lambda v: array("B", [v]))
show("h", lambda v: array("h", [v]))
show("H", lambda v: array("H", [v]))
show("i", lambda v: array("i", [v]))
show("I", lambda v: array("I", [v]))
show("l", lambda v: array("l", [v]))
show("L", lambda v: array("L", [v]))
show("q", lambda v: array("q", [v]))
show("Q", lambda v: array("Q", [v]))
z = array("q", [1, 2])
for v in [2**63, -2**63]:
    try:
        z[0] = v
    except OverflowError as e:
        print("setitem", v, "OverflowError:", e)
    try:
        z.fromlist([7, v])
    except OverflowError as e:
        print("fromlist", v, "OverflowError:", e)
    try:
        z.extend([v, v])
    except OverflowError as e:
        print("extend", v, "OverflowError:", e)
print(z)
