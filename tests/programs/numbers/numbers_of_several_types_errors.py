# Operations that CPython refuses at run time for the type a number of several types holds now:
# its own TypeError, caught like any other exception.
n = 4
n = n / 2 if n > 10 else n
print(list(range(n)))
m = 4
m = m / 2
for label, fn in (("range", 0), ("and", 1), ("invert", 2), ("shift", 3), ("percent x", 4), ("percent c", 5)):
    try:
        if fn == 0:
            print(list(range(m)))
        elif fn == 1:
            print(m & 1)
        elif fn == 2:
            print(~m)
        elif fn == 3:
            print(1 << m)
        elif fn == 4:
            print("%x" % m)
        else:
            print("%c" % m)
    except TypeError as ex:
        print(label, "TypeError:", ex)
k = 0
k = k if k > 5 else 0.0
try:
    print(10 / k)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
try:
    print(10 // k)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
j = 2 ** 61
j = j if j > 0 else 0.5
print(j + j, j * 2.0)
