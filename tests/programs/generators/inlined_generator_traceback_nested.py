# An exception in the innermost of three generators inlined into one consumer: a frame for each.


def source(xs):
    for x in xs:
        yield int(x)


def doubled(xs):
    for x in xs:
        yield 2 * x


def positive(xs):
    for x in xs:
        if x > 0:
            yield x


def main():
    print(sum(positive(doubled(source(["1", "-2", "3"])))))
    for v in positive(doubled(source(["4", "five", "6"]))):
        print("item", v)


main()
