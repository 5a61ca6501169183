# A small table of trig values and a numeric integration using math.
import math


def deg_to_rad(d):
    return d * math.pi / 180.0


def integrate_sin(a, b, n):
    h = (b - a) / n
    total = 0.0
    for i in range(n):
        x = a + (i + 0.5) * h
        total += math.sin(x)
    return total * h


h1 = "deg"
h2 = "sin"
h3 = "cos"
print(f"{h1:>5} {h2:>8} {h3:>8}")
for d in range(0, 361, 45):
    r = deg_to_rad(d)
    s = math.sin(r)
    c = math.cos(r)
    ss = f"{s:.4f}"
    cs = f"{c:.4f}"
    print(f"{d:>5} {ss:>8} {cs:>8}")
for n in [4, 16, 100, 1000]:
    print("integral of sin on [0, pi] with", n, "slices:", f"{integrate_sin(0.0, math.pi, n):.9f}")
identity_max = 0.0
for d in range(0, 360, 7):
    r = deg_to_rad(d)
    err = math.fabs(math.sin(r) ** 2 + math.cos(r) ** 2 - 1.0)
    if err > identity_max:
        identity_max = err
print("max identity error below 1e-15:", identity_max < 1e-15)
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(3.999))
