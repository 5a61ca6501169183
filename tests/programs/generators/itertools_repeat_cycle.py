import itertools


def letters():
    for c in "ab":
        print("  pull", c)
        yield c


print(list(itertools.repeat("x", 3)), list(itertools.repeat(1, 0)), list(itertools.repeat(2, -1)))
print(list(zip(range(4), itertools.repeat(7))))
print(list(itertools.islice(itertools.cycle(letters()), 5)))
print(list(itertools.islice(itertools.cycle([1, 2, 3]), 7)))
print(list(itertools.cycle([])))
for a, b in zip("wxyz", itertools.cycle(range(2))):
    print(a, b)
print(sum(itertools.repeat(2.5, 4)))
print(list(map(pow, range(4), itertools.repeat(2))))
print(next(zip("ab", "cd")), next(enumerate("q")))
it = iter(zip([1, 2], [3, 4]))
print(next(it), list(it))
