# `x in range(a, b, c)` was an internal compiler error ('FunctionBuilder' object has no attribute
# 'builtin_range'); CPython answers it by arithmetic, also for ranges longer than 2**63 - 1.
I64_MIN = -9223372036854775807 - 1
I64_MAX = 9223372036854775807
ranges = [(I64_MIN, I64_MAX, 1), (I64_MIN, I64_MAX, 2), (I64_MIN, I64_MAX, 3), (I64_MAX, I64_MIN, -1),
          (I64_MAX, I64_MIN, I64_MIN), (-5, I64_MAX, 2**62), (5, -7, -2), (0, 10, 3), (3, 3, 1), (I64_MAX, I64_MIN, -7)]
probes = [I64_MIN, I64_MIN + 1, -7, -5, -1, 0, 1, 3, 5, 9, 2**62 - 5, I64_MAX - 1, I64_MAX]
for a, b, c in ranges:
    print(a, b, c, [x in range(a, b, c) for x in probes], [x not in range(a, b, c) for x in probes[:4]])
print(7 in range(10), 10 in range(10), -1 not in range(10), 4 in range(2, 9), True in range(2), False in range(1, 3))
step = int("0")
try:
    print(1 in range(0, 5, step))
except ValueError as e:
    print("ValueError:", e)
