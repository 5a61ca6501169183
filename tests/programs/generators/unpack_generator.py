# a, b = gen: n items, then one more resumption that must find it finished (CPython's ValueErrors)
line = "3 4"
x, y = (int(v) for v in line.split())
print(x * y)

def count(n):
    for i in range(n):
        print("yield", i)
        yield i * 10

a, b = count(2)
print(a, b)
[c] = count(1)
print(c)
for n in (1, 3):
    try:
        p, q = count(n)
        print("unpacked", p, q)
    except ValueError as e:
        print("ValueError:", e)

def words():
    yield "x"
    yield "y"
first, second = words()
print(first + second)
