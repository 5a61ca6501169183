"""math.dist(p, q): lists, tuples, ranges and generators of ints, floats and bools; CPython's
vector_norm (exact on these points), its inf and nan rules and its ValueError for points of
different dimensions."""
import math

inf = math.inf
nan = math.nan

print(math.dist([0, 0], [3, 4]), math.dist((1.0, 2.0), (4.0, 6.0)), math.dist([1], [-2]), math.dist([], []))
print(math.dist((1, 2, 3), [4.5, 6, 8.0]), math.dist(range(5), range(5, 10)), math.dist([True, False], [0, 1]))
print(math.dist((x * 0.5 for x in range(4)), [1, 2, 3, 4]))
print(math.dist([1e300, 1e300], [-1e300, -1e300]), math.dist([5e-324, 0.0], [0.0, 5e-324]), math.dist([1e-310], [0]))
print(math.dist([inf, 0], [0, nan]), math.dist([nan, 0], [0, 1]), math.dist([inf, 1], [inf, 1]), math.dist([-inf], [inf]))
print(math.dist([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0], [0] * 10), math.dist([1, 1, 1, 1], [0, 0, 0, 0]))
print(math.hypot(3, 4), math.hypot(inf, nan), math.hypot(nan, -inf), math.hypot(nan, 1), math.hypot(1e-320, 1e-320))
print(math.hypot(1e300, 1e300), math.hypot(-0.0, 0.0), math.hypot(0.1, 0.2), math.hypot(1.5, 2.5), math.hypot(7, 1e-9))
points = [(0.0, 0.0), (3.0, 4.0), (6.0, 8.0), (1.5, -2.5), (-7.25, 0.125)]
total = 0.0
for a, b in zip(points, points[1:]):
    d = math.dist(a, b)
    total += d
    print(a, b, f"{d:.12g}")
print(f"{total:.12g}")
print(sorted(points, key=lambda p: math.dist(p, (1.0, 1.0))))
for p, q in (([1.0, 2.0], [1.0]), ([], [1.0]), ([1.0, 2.0, 3.0], [4.0, 5.0])):
    try:
        print(math.dist(p, q))
    except ValueError as e:
        print("ValueError:", e)
print(math.dist([1, 2, 3], [1, 2]))
