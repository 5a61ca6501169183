# Counting loop: 10 million iterations of a simple counter.


def count_up(n):
    count = 0
    for i in range(n):
        count += 1
    return count


def main():
    n = 10_000_000
    total = count_up(n)
    print("iterations:", total)


main()
