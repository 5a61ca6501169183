# PEP 479: a StopIteration leaving a generator (raised, or from next() inside it, also in a generator
# expression consumed by list() or sum()) reaches the consumer as RuntimeError


def firsts(its):
    for it in its:
        yield next(it)


def g():
    yield 1
    raise StopIteration


try:
    print(list(next(it) for it in [iter([1]), iter([])]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(sum(next(it) for it in [iter([])]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(sum(next(it) for it in [iter([4]), iter([5, 6])]))
try:
    print([next(it) for it in [iter([])]])
except StopIteration:
    print("StopIteration from a list comprehension")
try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(list(firsts([iter([1, 2]), iter([])])))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(firsts([iter([3])])))
for v in firsts([iter("ab")]):
    print("first", v)
h = g()
print(next(h))
print(next(h, -1))
