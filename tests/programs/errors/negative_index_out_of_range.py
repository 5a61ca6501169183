# A negative index that reaches before the start of a list raises IndexError.
def last_n_average(xs, n):
    total = 0
    for k in range(1, n + 1):
        total += xs[-k]
    return total / n


def trend(xs):
    for n in [1, 2, 4, 6, 8]:
        print("last", n, "average", last_n_average(xs, n))


history = [12, 15, 11, 18, 20, 17]
print("history", history, "length", len(history))
print("most recent", history[-1], "oldest", history[-6])
trend(history)
