# Module-level globals read anywhere and updated via `global`, with a main guard.
GREETING = "Hello"
counter = 0
history = []
scale = 1.5


def bump(amount):
    global counter
    counter += amount
    history.append(counter)
    return counter


def describe():
    print(GREETING + ", counter is", counter, "history", history)


def scaled(x):
    return x * scale


def reset():
    global counter
    print("resetting from", counter)
    counter = 0


def main():
    describe()
    for i in range(1, 5):
        print("bump", i, "->", bump(i))
    describe()
    print("scaled 4:", scaled(4))
    print("scaled 2.5:", scaled(2.5))
    reset()
    bump(10)
    describe()
    print("history length:", len(history))


if __name__ == "__main__":
    main()
    print("final counter:", counter)
