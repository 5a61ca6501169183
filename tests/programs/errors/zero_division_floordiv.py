# Integer floor division by zero deep inside a computation.
def bucket_of(value, width):
    return value // width


def bucket_counts(values, width):
    counts = [0] * 10
    for v in values:
        b = bucket_of(v, width)
        if b > 9:
            b = 9
        counts[b] += 1
    return counts


def summarize(values, widths):
    for w in widths:
        print("width", w, "counts", bucket_counts(values, w))


values = [3, 17, 25, 42, 8, 61, 99, 14]
summarize(values, [10, 25, 7, 0, 5])
