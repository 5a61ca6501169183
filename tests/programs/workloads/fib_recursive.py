# Naive recursive Fibonacci, fib(30).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    for n in range(0, 21, 5):
        print("fib", n, "=", fib(n))
    result = fib(30)
    print("fib 30 =", result)


if __name__ == "__main__":
    main()
