# Tuple literals, packing and unpacking, swaps and printing of nested tuples.
a = 3
b = 8
print("before", a, b)
a, b = b, a
print("after", a, b)

pt = (4, -2)
x, y = pt
print("point", pt, "x", x, "y", y)

single = (7,)
print(single, len(single), single[0])
empty_like = ("only",)
print(empty_like)

pair = (1, "a")
num, letter = pair
print(pair, num, letter)

nested = ((1, 2), 3.5)
inner, weight = nested
p, q = inner
print(nested, inner, weight, p + q)

record = ("Ada", 36, 1.72, True)
name, age, height, active = record
print(record)
print(name, age, height, active)
print(len(record), record[0], record[2])

# rotating three values
r, s, t = 1, 2, 3
for step in range(4):
    r, s, t = s, t, r
    print("rotate", step, (r, s, t))

# Fibonacci with tuple assignment
f0, f1 = 0, 1
fibs = []
for i in range(12):
    fibs.append(f0)
    f0, f1 = f1, f0 + f1
print(fibs)

# gcd with tuple assignment
def gcd(m, n):
    while n != 0:
        m, n = n, m % n
    return m

for pr in [(48, 18), (17, 5), (100, 75), (0, 9)]:
    u, v = pr
    print("gcd", pr, "=", gcd(u, v))

triple = (("x", 1), ("y", 2), ("z", 3))
print(triple)
first, second, third = triple
print(first, second[1], third[0])
deep = (((1,), 2), 3)
print(deep, deep[0], deep[0][0], deep[0][0][0])
