# A range with 2**63 items or more (a general step over the whole int64 span) must still loop:
# its item count once wrapped to a negative number and the loop ran no iteration.
half = 2**62
lo = -half - half
hi = half - 1 + half
for step in [2, 3, -2]:
    seen = []
    start, stop = (lo, hi) if step > 0 else (hi, lo)
    for i in range(start, stop, step):
        seen.append(i)
        if len(seen) == 3:
            break
    print(step, seen)
