# FizzBuzz for 1..N, counting each kind of line instead of printing them all.


def fizzbuzz(i):
    if i % 15 == 0:
        return "FizzBuzz"
    if i % 3 == 0:
        return "Fizz"
    if i % 5 == 0:
        return "Buzz"
    return str(i)


def main():
    n = 1_500_000
    fizz = 0
    buzz = 0
    fizzbuzz_count = 0
    numbers = 0
    chars = 0
    for i in range(1, n + 1):
        line = fizzbuzz(i)
        chars += len(line) + 1
        if line == "FizzBuzz":
            fizzbuzz_count += 1
        elif line == "Fizz":
            fizz += 1
        elif line == "Buzz":
            buzz += 1
        else:
            numbers += 1
    print("Fizz:", fizz)
    print("Buzz:", buzz)
    print("FizzBuzz:", fizzbuzz_count)
    print("numbers:", numbers)
    print("output bytes:", chars)
    print("last:", fizzbuzz(n))


main()
