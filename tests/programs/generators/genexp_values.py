def total(it):
    s = 0
    for x in it:
        s += x
    return s


def first_long(words, n):
    return next((w for w in words if len(w) > n), "none")


lines = ["alpha beta", "", "gamma  delta epsilon"]
print([w for w in (x for line in lines for x in line.split()) if w])
squares = (i * i for i in range(6))
print(next(squares), next(squares))
print(list(squares))
k = 3
print(total(x * k for x in range(5)))
print(first_long(["a", "bbb", "cccc"], 2), first_long(["a"], 2))
for a, b in ((i, i * i) for i in range(3)):
    print(a, b)
g = (c.upper() for c in "abc")
print("-".join(g))
print(sorted(x % 3 for x in range(7)), sum(x for x in range(4)), max((len(w), w) for w in lines))
print(dict((w, len(w)) for w in ["ab", "c"]))
evens = (n for n in range(10) if n % 2 == 0)
print(list(enumerate(evens)))
print(list(zip((x for x in "xyz"), (y * 2 for y in range(3)))))
nested = (sum(row) for row in [[1, 2], [3, 4]])
print(list(nested))


class Bag:
    def __init__(self, items):
        self.items = items

    def big(self, limit):
        return (x for x in self.items if x > limit)


print(list(Bag([5, 1, 7]).big(3)))


def scaled(xs, factor):
    gen = (x * factor for x in xs)
    return list(gen)


def bad(xs):
    return sum(10 // x for x in xs)


print(scaled([1, 2], 2.5))
it = (10 // x for x in [5, 2, 0])
print(next(it), next(it))
print(bad([1, 2]))
print(list(it))
