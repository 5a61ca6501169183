# A small statistics report mostly written with generator expressions.
def mean(xs):
    return sum(x for x in xs) / len(xs)


def median(xs):
    s = sorted(x for x in xs)
    mid = len(s) // 2
    if len(s) % 2 == 1:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2.0


def stddev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5


def histogram(xs, lo, width, buckets):
    for b in range(buckets):
        start = lo + b * width
        n = sum(1 for x in xs if start <= x < start + width)
        print(f"{start:>6}", "#" * n)


data = [4.5, 7.0, 3.25, 9.75, 5.5, 6.0, 8.25, 2.0, 7.5, 6.75, 5.0]
print("n", len(data))
print("mean", mean(data))
print("median", median(data))
print("stddev", f"{stddev(data):.6f}")
print("range", max(x for x in data) - min(x for x in data))
print("above mean", sum(1 for x in data if x > mean(data)))
histogram(data, 2.0, 2.0, 4)
z = list(round((x - mean(data)) / stddev(data), 3) for x in data)
print(z)
print("within 1 sd:", sum(1 for v in z if -1.0 <= v <= 1.0))
evens = [4.0, 1.0, 3.0, 2.0]
print("median even-sized", median(evens))
