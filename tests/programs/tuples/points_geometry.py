# 2-D points as float tuples: distances, centroid and bounding boxes.
import math


def dist(p, q):
    dx = p[0] - q[0]
    dy = p[1] - q[1]
    return math.sqrt(dx * dx + dy * dy)


def centroid(pts):
    sx = 0.0
    sy = 0.0
    for x, y in pts:
        sx += x
        sy += y
    return (sx / len(pts), sy / len(pts))


def bounding_box(pts):
    x0, y0 = pts[0]
    x1, y1 = pts[0]
    for x, y in pts:
        x0 = min(x0, x)
        y0 = min(y0, y)
        x1 = max(x1, x)
        y1 = max(y1, y)
    return ((x0, y0), (x1, y1))


def perimeter(pts):
    total = 0.0
    for i in range(len(pts)):
        total += dist(pts[i], pts[(i + 1) % len(pts)])
    return total


def shoelace(pts):
    acc = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        acc += x1 * y2 - x2 * y1
    return abs(acc) / 2.0


square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
tri = [(0.0, 0.0), (4.0, 0.0), (0.0, 3.0)]
poly = [(1.0, 1.0), (4.5, 0.5), (6.0, 3.0), (3.5, 5.5), (0.5, 4.0)]
for name, shape in [("square", square), ("triangle", tri), ("pentagon", poly)]:
    print(name, shape)
    print("  centroid", centroid(shape))
    print("  bbox", bounding_box(shape))
    print("  perimeter", round(perimeter(shape), 4), "area", shoelace(shape))

corner, far = bounding_box(poly)
print("corner", corner, "far", far, "diag", round(dist(corner, far), 6))

origin = (0.0, 0.0)
closest = poly[0]
for p in poly:
    if dist(p, origin) < dist(closest, origin):
        closest = p
print("closest to origin", closest)

labelled = [((1, 2), 3.5), ((0, 0), 0.0), ((-1, 4), 2.25)]
labelled.sort()
print(labelled)
for (ix, iy), w in labelled:
    print(ix, iy, w, ix * w + iy)
