# Mean, median and standard deviation of a million pseudo-random floats.
import math


def lcg_floats(count, seed):
    values = []
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        values.append(state / 2147483648 * 100.0)
    return values


def mean(values):
    return sum(values) / len(values)


def median(values):
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    if n % 2 == 1:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def stdev(values):
    m = mean(values)
    total = 0.0
    for v in values:
        total += (v - m) ** 2
    return math.sqrt(total / (len(values) - 1))


def main():
    values = lcg_floats(1_000_000, 12345)
    print("count:", len(values))
    print(f"mean: {mean(values):.6f}")
    print(f"median: {median(values):.6f}")
    print(f"stdev: {stdev(values):.6f}")
    print(f"min: {min(values):.6f}  max: {max(values):.6f}")


main()
