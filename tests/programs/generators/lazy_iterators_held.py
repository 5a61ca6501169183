# Iterators over iterators held as values: the order in which each pulls from its generators is
# CPython's (zip, map, filter, enumerate of takewhile, chain, cycle, islice, repeat, zip_longest)
import itertools


def src(name, n):
    for i in range(n):
        print("pull", name, i)
        yield i


def show(tag, v):
    print("map", tag, v)
    return v * 10


z = zip(map(lambda v: show("a", v), src("a", 3)), filter(lambda v: v % 2 == 0, src("b", 5)))
print("made")
print(next(z))
for pair in z:
    print("pair", pair)
e = enumerate(itertools.takewhile(lambda v: v < 2, map(lambda v: show("c", v), src("c", 4))), 1)
print(list(e))
m = map(lambda a, b: a + b, src("d", 3), itertools.count(100))
print(next(m), list(m))
print(list(zip(itertools.chain(src("e", 2), src("f", 2)), itertools.cycle("xy"))))
print(any(show("g", v) > 10 for v in src("g", 5)))
print(list(itertools.islice(zip(src("h", 10), itertools.repeat(0)), 2)))
print(list(reversed(list(map(lambda v: v + 1, src("i", 2))))))
print(list(itertools.zip_longest(src("j", 1), map(str, src("k", 2)))))
x = itertools.islice(itertools.count(5), 3)
print(list(x))
w = zip(enumerate(itertools.repeat("r", 2)), itertools.accumulate([1, 2, 3]))
print(next(w), list(w))
d = {"a": 1, "b": 2}
v = zip(d.items(), itertools.count())
print(list(v))
