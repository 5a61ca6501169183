# reversed(range(...)): CPython's items backwards, near the int64 edges too.
print(list(reversed(range(5))), list(reversed(range(2, 20, 3))), list(reversed(range(10, 0, -4))))
print(list(reversed(range(0))), list(reversed(range(5, 1))), sum(reversed(range(101))))
n = 7
for i in reversed(range(1, n)):
    print(i, end=" ")
print()
print([x * 2 for x in reversed(range(-3, 3))])
big = 9223372036854775807
print(list(reversed(range(big - 3, big))), list(reversed(range(-big - 1, -big + 5, 2))))
for s in (1, -1, 3):
    print(list(reversed(range(-5, 5, s)))[:3])
try:
    for i in reversed(range(1, 5, n - 7)):
        print(i)
except ValueError as e:
    print("ValueError:", e)
