# Generator pipeline: three generators chained (source, map, filter), consumed by a for loop.


def source(n):
    for i in range(n):
        yield i


def squares(xs):
    for x in xs:
        yield x * x % 10007


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def main():
    n = 5_000_000
    total = 0
    count = 0
    for v in evens(squares(source(n))):
        total += v
        count += 1
    print("count:", count, "total:", total)


main()
