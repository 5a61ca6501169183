# An exception from an inlined generator's body, caught by the consumer's caller and raised again by a
# bare `raise`: the traceback keeps the generator's frame.


def parse(words):
    for w in words:
        print("parsing", w)
        yield int(w)


def total(words):
    s = 0
    for v in parse(words):
        s += v
    return s


def main():
    print(total(["1", "2"]))
    try:
        print(total(["3", "x", "4"]))
    except ValueError:
        print("caught, raising again")
        raise


main()
