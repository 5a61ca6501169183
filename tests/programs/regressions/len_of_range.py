# len(range(...)) for every argument form, including lengths near and past 2**63 (OverflowError, as CPython).
lo = -9223372036854775807 - 1
hi = 9223372036854775807
print(len(range(10)), len(range(3, 10)), len(range(10, 3)), len(range(0, 10, 3)), len(range(10, 0, -3)))
print(len(range(-5)), len(range(5, 5)), len(range(lo, lo + 3)))
print(len(range(lo, hi, 3)), len(range(hi, lo, -3)), len(range(0, hi)), len(range(-1, hi - 1)))
n = 7
print(len(range(n)), len(range(n, 2 * n, n // 3)), len(range(n, -n, -1)))
for k in [2, 1, -1]:
    try:
        if k > 0:
            print(len(range(lo, hi, k)))
        else:
            print(len(range(hi, lo, k)))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    print(len(range(lo, hi)))
except OverflowError as e:
    print("OverflowError:", e)
step = 0
try:
    print(len(range(1, 2, step)))
except ValueError as e:
    print("ValueError:", e)
count = 0
for i in range(lo, hi, 2 ** 62):
    count += 1
print(count)
print(len(range(lo, hi, 2)))
