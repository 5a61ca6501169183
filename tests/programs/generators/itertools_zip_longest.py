import itertools


def letters(n):
    for i in range(n):
        print("  pull", i)
        yield "abcdef"[i]


print(list(itertools.zip_longest([1, 2, 3], "ab")))
print(list(itertools.zip_longest([1, 2], [10, 20, 30], fillvalue=0)))
for a, b in itertools.zip_longest(letters(2), letters(3), fillvalue="-"):
    print(a, b)
print(list(itertools.zip_longest([], [])))
print(sum(x + y for x, y in itertools.zip_longest(range(3), range(5), fillvalue=100)))
for x, y in itertools.zip_longest([1.5], [2, 3]):
    print(x, y, x is None, y is None)
