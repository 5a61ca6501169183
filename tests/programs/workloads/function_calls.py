# A few million calls to small functions.
def add(a, b):
    return a + b


def square(x):
    return x * x


def step(acc, i):
    return add(acc, square(i % 100)) % 1000000007


def main():
    acc = 0
    calls = 0
    for i in range(1000000):
        acc = step(acc, i)
        calls += 3
        if i % 100000 == 0:
            print("i", i, "acc", acc)
    print("calls", calls)
    print("result", acc)


main()
