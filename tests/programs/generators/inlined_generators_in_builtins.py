# Generators inlined where builtins walk them: zip (the second resumed after the first), enumerate,
# dict(), a generator expression over one, sorted, min and str.join: the prints interleave as CPython's.


def count(n, tag):
    i = 0
    while i < n:
        print(tag, i)
        yield i
        i += 1


def main():
    for a, b in zip(count(3, "a"), count(5, "b")):
        print("pair", a, b)
    for k, v in enumerate(count(2, "e")):
        print("enum", k, v)
    print(dict(zip(count(2, "k"), count(2, "v"))))
    print(list(x * 2 for x in count(3, "g") if x))
    print(sorted(count(3, "s"), reverse=True), min(count(3, "m")), " ".join(str(x) for x in count(2, "j")))


main()
