# A range sliced is a range (start, stop and step as CPython's compute_slice gives them): held, measured,
# indexed, searched and sliced again (ir/build_iteration.py range_slice).
r = range(3, 40, 4)
for sl in (r[2:], r[:3], r[::2], r[::-1], r[-3:-1], r[5:1:-2], r[100:], r[-100:2]):
    print(len(sl), list(sl), sl[0] if len(sl) else None, sl[-1] if len(sl) > 1 else None, 11 in sl)


def halves(rng):
    n = len(rng)
    if n <= 1:
        return [list(rng)]
    i = n // 2
    return halves(rng[:i]) + halves(rng[i + 1:])


print(halves(range(10)))
print(list(range(10)[::3][1:]), list(range(0, -10, -3)[1:]), 7 in range(20)[::7])
try:
    print(list(range(5)[::0]))
except ValueError as e:
    print("ValueError:", e)
