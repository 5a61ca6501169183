# A StopIteration raised in an inlined generator's body is a RuntimeError (PEP 479), caused by it.


def firsts(lists):
    for xs in lists:
        it = iter(xs)
        yield next(it)


def main():
    print(list(firsts([[1, 2], [3]])))
    for v in firsts([[4], [], [5]]):
        print("first", v)


main()
