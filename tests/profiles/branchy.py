"""pgo test program: a hot loop with a skewed branch, a function the training run never calls."""
import sys


def classify(n):
    if n % 4 == 0:
        return 3
    return 1


def rare(n):
    return n * 2 + 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    total = 0
    for i in range(n):
        total += classify(i)
    if n < 0:
        print("negative:", rare(n))
    print("total:", total)


main()
