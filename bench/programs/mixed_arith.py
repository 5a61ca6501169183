# Five million rounds of mixed integer arithmetic (+ - * // %), kept bounded.


def main():
    n = 5_000_000
    acc = 0
    for i in range(n):
        acc = (acc + i * 3 - i // 7 + i % 11) % 1_000_003
    print("acc:", acc)


main()
