# Counting loop with a modulo: 50 million rounds of total += i % 7 (the held-out counting-loop shape).


def count_mod(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def main():
    n = 50_000_000
    print("total:", count_mod(n))


main()
