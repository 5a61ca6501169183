# enumerate() and zip() as iterables of tuples: list(), sorted(), nested unpacking.
xs = ["a", "b", "c"]
print(list(enumerate(xs)))
print(list(enumerate(xs, 1)))
for pair in zip([1, 2, 3], xs):
    print(pair, pair[0] * 2)
print(sorted(zip([3, 1, 2], "xyz"), reverse=True))
for i, (n, s) in enumerate(zip([10, 20], ["p", "q"])):
    print(i, n, s)
print([i * n for i, n in enumerate([5, 6, 7])])
