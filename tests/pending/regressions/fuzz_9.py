# fuzz seed 9: mismatch, reduced from 191 lines (tests/fuzz)
# stdout line 76: pyzc 'mutlist 1 RuntimeError deque mutated during iteration', CPython 'mutlist 1 end [-2, 5, -2] deque([5, 3, -2])'
import collections

def ml22(k):
    d = collections.deque([3, 5, 2])
    seen = []
    for x in reversed(d):
        seen.append(x)
        if len(seen) == 3:
            d.rotate(2)
ml22(1)
