# divmod of ints and floats: signs as // and %, CPython's ZeroDivisionError messages.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(1e300, 1e-300)[1])
print(divmod(True, 2), divmod(0, 3))
q, r = divmod(12345, 100)
print(q, r)
n = 3600 * 5 + 61
h, rest = divmod(n, 3600)
m, s = divmod(rest, 60)
print(f"{h}:{m:02}:{s:02}")
for a, b in [(5, 0), (-5, 0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(divmod(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(5, 0.0))
