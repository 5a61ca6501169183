# Builtins held as values and called with one argument: a conversion chosen at
# run time, print as a callback, len among lambdas. A builtin's error shows no
# frame of its own in the traceback, as in CPython.


def parse(tokens, exact):
    convert = int if exact else float
    return [convert(t) for t in tokens]


def each(items, action=print):
    for item in items:
        action(item)


print(parse(["1", "2"], True), parse(["1", "2"], False))
each(["a", "b"])
each([3, 4], lambda n: print(n * n))
measures = [len, lambda s: s.count("a"), lambda s: s.find("n")]
print([m("banana") for m in measures], measures[0] is len, measures[1] is len)
shout = str
print(shout(12) + "!", sorted(["ccc", "a", "bb"], key=len), list(map(abs, [-1, 2])))
convert = int
print(convert("41") + 1)
print(convert("forty"))
