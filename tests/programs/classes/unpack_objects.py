# Unpacking objects: `x, y = obj` takes the items of what obj's __iter__ returns (a generator,
# iter() of a list or str, or an iterator object), with CPython's ValueErrors on a count that differs.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iter__(self):
        print("iter", self.x)
        yield self.x
        yield self.y


class Triple:
    def __init__(self, a):
        self.a = a

    def __iter__(self):
        for v in self.a:
            yield v * 2


p = Point(3, 4)
x, y = p
print(x, y)
a, b = Point(1.5, 2.5)
print(a + b)
for q in [Point(5, 6), Point(7, 8)]:
    u, v = q
    print(u * v)
try:
    i, j, k = Point(1, 2)
except ValueError as e:
    print("error:", e)
try:
    i, = Point(1, 2)
except ValueError as e:
    print("error:", e)
m, n, o = Triple([1, 2, 3])
print(m, n, o)
try:
    m, n = Triple([1, 2, 3])
except ValueError as e:
    print("error:", e)
print(m, n)


class Bag:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        return iter(self.items)


a, b = Bag()
print(a, b)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


x, y, z = Countdown(3)
print(x, y, z)
try:
    x, y = Countdown(3)
except ValueError as e:
    print(e)
try:
    x, y = Countdown(1)
except ValueError as e:
    print(e)


class Word:
    def __init__(self, w):
        self.w = w

    def __iter__(self):
        return iter(self.w)


c1, c2 = Word("ab")
print(c1, c2)
