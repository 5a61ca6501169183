# A list of empty tuples made as placeholders (`[()] * n`) and filled with pairs later: its items
# are tuples of any length, () or pairs, and a pair or a tuple of any length is looked for among them.
def by_distance(points, target):
    dist = [abs(p[0] - target[0]) + abs(p[1] - target[1]) for p in points]
    order = sorted(dist)
    out = [()] * len(points)
    print(out, len(out[0]))
    for i, d in enumerate(order):
        idx = dist.index(d)
        p = points[idx]
        while p in out:
            idx = dist.index(d, idx + 1)
            p = points[idx]
        out[i] = p
        if i == 1:
            print(out)
    return out


pts = [(3, 4), (0, 1), (2, 2), (1, 0), (4, 0)]
o = by_distance(pts, (0, 0))
print(o, o[0], o.index((2, 2)), o.count((2, 2)), (1, 0) in o, (5, 5) in o, () in o)
x, y = o[-1]
print(x * y)
nearest = o[0]
print(nearest in pts, pts.index(nearest), pts.count(nearest), nearest == (0, 1), nearest + (9,))
rest = pts[:]
rest.remove(o[1])
print(rest)
short = tuple(o[0][:1])
print(short in pts, pts.count(short))
try:
    pts.remove(short)
except ValueError as e:
    print("ValueError:", e)
try:
    print(pts.index(short))
except ValueError as e:
    print("ValueError:", e)
long = o[0] + o[1]
print(long in pts, pts.count(long))
print(pts.index(long))
