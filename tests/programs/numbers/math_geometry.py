# Geometry helpers using the math module.
import math


def circle_area(r):
    return math.pi * r * r


def distance(x1, y1, x2, y2):
    dx = x2 - x1
    dy = y2 - y1
    return math.sqrt(dx * dx + dy * dy)


def polygon_perimeter(xs, ys):
    total = 0.0
    n = len(xs)
    for i in range(n):
        j = (i + 1) % n
        total += distance(xs[i], ys[i], xs[j], ys[j])
    return total


print("pi =", math.pi)
for r in [1.0, 2.5, 10.0]:
    print(f"radius {r:>5} area {circle_area(r):.3f}")
print(distance(0.0, 0.0, 3.0, 4.0))
print(distance(1.5, -2.0, -4.0, 7.25))
xs = [0.0, 4.0, 4.0, 0.0]
ys = [0.0, 0.0, 3.0, 3.0]
print("rectangle perimeter", polygon_perimeter(xs, ys))
hx = []
hy = []
for k in range(6):
    angle = 2.0 * math.pi * k / 6
    hx.append(math.cos(angle))
    hy.append(math.sin(angle))
    print(k, f"{hx[k]:.6f} {hy[k]:.6f}")
print("hexagon perimeter", f"{polygon_perimeter(hx, hy):.9f}")
for v in [2.0, 2.5, -2.5, -0.1, 7.0]:
    print(v, "floor", math.floor(v), "ceil", math.ceil(v), "fabs", math.fabs(v))
print(math.sqrt(2.0), math.sqrt(144.0), math.sqrt(0.0))
print(math.log(1.0), math.log(2.718281828459045), math.log(1000.0))
