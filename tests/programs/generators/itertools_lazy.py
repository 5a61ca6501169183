import itertools


def nums():
    i = 0
    while True:
        print("  pull", i)
        yield i
        i += 1


print(list(itertools.islice(nums(), 3)))
print(list(itertools.islice(nums(), 2, 5)))
print(list(itertools.islice(range(10), 1, 8, 2)))
print(list(itertools.islice(range(10), 0, 5, 10)))
print(list(itertools.islice([1, 2, 3], None)))
print(list(itertools.islice("abcdef", 2, None)))
g = nums()
for v in itertools.islice(g, 2):
    print("got", v)
print(next(g))
print(list(itertools.takewhile(lambda x: x < 3, nums())))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1, 7])))
print(len(list(itertools.takewhile(lambda w: w != "stop", ["a", "b", "stop", "c"]))))
for w in itertools.dropwhile(lambda s: s.startswith("#"), ["#a", "#b", "c", "#d"]):
    print(w)
print([x * 2 for x in itertools.islice(itertools.count(5), 4)])
print(list(itertools.islice(itertools.takewhile(lambda x: x < 100, itertools.count(1, 7)), 1, None, 3)))
try:
    print(list(itertools.islice([1, 2], -1)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(itertools.islice([1, 2], 0, 2, 0)))
except ValueError as e:
    print("ValueError:", e)
