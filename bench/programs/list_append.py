# Append one million numbers to a list, then sum them.


def main():
    n = 1_000_000
    numbers = []
    for i in range(n):
        numbers.append((i * 7 + 3) % 1000)
    print("length:", len(numbers))
    print("sum:", sum(numbers))


main()
