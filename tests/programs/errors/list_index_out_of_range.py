# Reading past the end of a list inside nested calls raises IndexError.
def moving_average(xs, window):
    out = []
    for i in range(len(xs) - window + 1):
        total = 0.0
        for k in range(window):
            total += xs[i + k]
        out.append(total / window)
    return out


def nth_after(xs, start, offset):
    return xs[start + offset]


def report(xs):
    print("values:", xs)
    print("averages:", moving_average(xs, 3))
    for off in range(0, 10, 2):
        print("offset", off, "->", nth_after(xs, 1, off))


def main():
    data = [1.5, 2.5, 4.0, 3.0, 6.5, 7.25, 1.0]
    print("count:", len(data))
    report(data)
    print("unreachable")


main()
