"""Dead code: never_called is never called; only_from_dead_code is called only where control cannot go."""


def used(n):
    return n * 2


def never_called(n):
    return n + 1


def only_from_dead_code(x):
    return x - 1


if False:
    print(only_from_dead_code(3))
total = 0
for i in range(10):
    total += used(i)
print(total)
