# An exception raised in a generator's body inlined into its consumer: CPython's traceback, the
# generator's frame under the consumer's.


def ratio(xs, d):
    for x in xs:
        print("ratio of", x)
        yield 100 // (x - d)


def total(xs):
    s = 0
    for v in ratio(xs, 3):
        print("got", v)
        s += v
    return s


def main():
    print(total([1, 2, 4]))
    print(total([5, 3, 7]))


main()
