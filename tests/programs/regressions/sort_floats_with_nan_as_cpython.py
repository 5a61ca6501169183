# With a nan among floats, `<` is not a total order and the result depends on the algorithm:
# CPython's timsort gives this order; so must the compiled sort.  Also -0.0 and 0.0 (equal,
# told apart by repr) keep their order: the sort is stable.
import random

nan = float("nan")
random.seed(7)
for n in [5, 20, 70, 300]:
    for trial in range(4):
        xs = [float(random.randrange(50)) for _ in range(n)]
        for j in range(trial + 1):
            xs[random.randrange(n)] = nan
        print(sorted(xs)[:12], sorted(xs, reverse=True)[-12:])
zs = [0.0, -0.0, 1.0, -0.0, 0.0, -1.0] * 5
print(sorted(zs))
print(sorted(zs, reverse=True))
