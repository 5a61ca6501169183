# Build lists with 200,000 appends each and then sum them in several ways.
def build(n, seed):
    xs = []
    v = seed
    for i in range(n):
        v = (v * 48271) % 2147483647
        xs.append(v % 1000)
    return xs


def manual_sum(xs):
    total = 0
    for x in xs:
        total += x
    return total


def report(xs):
    print("length", len(xs))
    print("first", xs[:10])
    print("last", xs[-5:])
    s1 = manual_sum(xs)
    s2 = sum(xs)
    print("manual sum", s1, "builtin sum", s2, "equal", s1 == s2)
    print("min", min(xs), "max", max(xs))
    print("mean", s1 / len(xs))
    evens = [x for x in xs if x % 2 == 0]
    print("even count", len(evens), "even sum", sum(evens))
    print("count of 999", xs.count(999), "count of 0", xs.count(0))
    return s1


def main():
    grand = 0
    for seed in [1, 7, 12345]:
        print("seed", seed)
        grand += report(build(200000, seed))
    print("grand total", grand)


main()
