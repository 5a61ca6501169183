import itertools


def perms(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in perms(rest):
            yield [xs[i]] + p


def gen_of_gens(n):
    for i in range(n):
        yield range(i)


def chunks(xs, size):
    for i in range(0, len(xs), size):
        yield xs[i:i + size]


def numbered(*words, start=1):
    k = start
    for w in words:
        yield f"{k}. {w}"
        k += 1


class Reader:
    def __init__(self, lines):
        self.it = self.parse(lines)

    def parse(self, lines):
        for line in lines:
            if line.startswith("#"):
                continue
            yield line.split(",")

    def next_row(self):
        return next(self.it, None)


def outer(scale):
    def inner(n):
        for i in range(n):
            yield i * scale
    return list(inner(3)) + list(inner(2))


def make(n):
    return (i * i for i in range(n))


print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list(range(5)))))
print(list(chunks(list(range(7)), 3)))
print(list(numbered("a", "b", start=5)), list(numbered()))
r = Reader(["a,b", "#skip", "c,d"])
print(r.next_row(), r.next_row(), r.next_row())
print(outer(10))
print(list(make(4)), sum(make(10)))
print(list(itertools.chain(chunks([1, 2, 3], 2), [[9]])))
print(list(itertools.accumulate(make(5))))
for pa, pb in itertools.product(make(2), "xy"):
    print(pa, pb)
print(list(itertools.combinations(make(4), 2)))
w = max(perms([3, 1, 2]))
print(w, min(perms([3, 1, 2])))
print(any(p == [2, 1] for p in perms([1, 2])))
def nums():
    yield 1
    yield 2


g = nums()
a = next(g, None)
b = next(g, None)
c = next(g, None)
print(a, b, c, c is None)
it = iter([5])
print(next(it, None), next(it, None))
s = iter("xy")
print(next(s, None), next(s, None), next(s, None))
total = 0
while True:
    v = next(g, None)
    if v is None:
        break
    total += v
print(total)
def ga(n):
    for i in range(n):
        yield i


def gb(n):
    yield n


def total_of(g):
    return sum(g)


print(total_of(ga(3)), total_of(gb(5)), total_of(ga(4)))
gs = [ga(2), ga(3)]
print([list(x) for x in gs])
d = {"k": gb(1)}
print(list(d["k"]))
