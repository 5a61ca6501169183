# fuzz seed 19: mismatch, reduced from 171 lines (tests/fuzz)
# stdout line 4: pyzc 'mutlist 1 RuntimeError deque mutated during iteration', CPython 'mutlist 1 end [3, 4] deque([3])'
import collections

def ml20(k):
    d = collections.deque([4, 3])
    seen = []
    for x in reversed(d):
        seen.append(x)
        if len(seen) % 2 == 0:
            d.popleft()
ml20(1)
