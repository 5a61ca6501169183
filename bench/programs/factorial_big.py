# Factorial of 2,000 built by repeated multiplication, many times: a big int (up to 19,000 bits)
# times a small one in a loop, then remainders and a bit length (issue 19).


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def main():
    total = 0
    for _ in range(100):
        f = factorial(2000)
        total += f % 1000000007
    print(f.bit_length(), f % 10**40, f // 10**5700, total)


main()
