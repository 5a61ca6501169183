# One million calls of a small function with a default argument.


def combine(acc, value, scale=31):
    return (acc * scale + value) % 1_000_003


def main():
    calls = 1_000_000
    acc = 0
    for i in range(calls):
        acc = combine(acc, i)
    print("calls:", calls)
    print("result:", acc)


main()
