# Generator functions: consumed by for, by builtins, stored and advanced by next(), resumed.
def count_up(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


def evens_squared(xs):
    for x in xs:
        if x % 2 == 0:
            yield x * x
    return


def halves(n):
    for i in range(n):
        yield i / 2


def mixed(n):
    yield 1
    if n > 0:
        yield 2.5


def nothing():
    if False:
        yield 0


def chars(s):
    for c in s:
        if c.isalpha():
            yield c.upper()


def pairs(n):
    for i in range(n):
        for j in range(i):
            yield (i, j)


for v in count_up(5):
    print(v)
for v in count_up(10, 3):
    print("step", v)
else:
    print("loop else")
print(list(evens_squared([1, 2, 3, 4, 5, 6])))
print(sum(count_up(101)))
print(list(halves(5)))
print(list(mixed(1)), list(mixed(0)))
print(list(nothing()), sum(nothing()))
print("".join(chars("a1b2-c3")))
print(list(pairs(4)))
g = count_up(3)
print(next(g))
print(next(g), next(g))
print(next(g, -1))
print(next(g, -2))
print(list(g))
h = count_up(10)
for v in h:
    if v == 3:
        break
print("broke at 3, then", next(h), list(h))
gens = [count_up(2), count_up(3)]
for gg in gens:
    print(list(gg))


def total(gen):
    s = 0
    for x in gen:
        s += x
    return s


print(total(count_up(4)), total(evens_squared(range(7))))
k = 0
for a, b in pairs(3):
    k += a * 10 + b
print(k)
