# A recursive function with a wrong base case runs away and raises RecursionError.
def countdown_sum(n):
    if n == 0:
        return 0
    return n + countdown_sum(n - 2)


def checked(n):
    return countdown_sum(n)


def main():
    for n in [0, 2, 10, 100, 500]:
        print("sum of evens down from", n, "=", checked(n))
    print("now an odd start")
    print(checked(7))


main()
