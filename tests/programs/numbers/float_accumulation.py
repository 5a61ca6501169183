# Floating point accumulation: naive vs Kahan summation, averages and variance.
def naive_sum(xs):
    total = 0.0
    for x in xs:
        total += x
    return total


def kahan_sum(xs):
    total = 0.0
    comp = 0.0
    for x in xs:
        y = x - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total


def mean(xs):
    return naive_sum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    acc = 0.0
    for x in xs:
        acc += (x - m) * (x - m)
    return acc / len(xs)


tenths = [0.1] * 1000
print("naive", naive_sum(tenths))
print("kahan", kahan_sum(tenths))
print("builtin", sum(tenths))
mixed = [1e16, 1.0, -1e16, 1.0]
print("mixed naive", naive_sum(mixed), "kahan", kahan_sum(mixed))
data = [2.5, 3.75, 1.125, 9.0, 4.5, 6.25]
print("mean", mean(data))
print("variance", variance(data))
print(f"mean {mean(data):.3f} variance {variance(data):.3f}")
harmonic = 0.0
for k in range(1, 1001):
    harmonic += 1.0 / k
    if k == 1 or k == 10 or k == 100 or k == 1000:
        print("H(", k, ") =", harmonic, sep="")
series = 0.0
sign = 1.0
for k in range(0, 20):
    series += sign / (2 * k + 1)
    sign = -sign
print("leibniz 20 terms * 4 =", series * 4.0)
x = 1.0
halvings = 0
while 1.0 + x != 1.0:
    x /= 2.0
    halvings += 1
print("machine epsilon found after", halvings, "halvings:", x * 2.0)
