# Generator sum: sum() over a generator function of 10 million items.


def numbers(n):
    i = 0
    while i < n:
        yield i * 3 % 1000
        i += 1


def main():
    n = 10_000_000
    print("sum:", sum(numbers(n)))


main()
