# random.choices(population, weights, k): CPython's bisection of the running totals, so a seeded
# program draws what CPython draws; its ValueErrors.  pyzc said "choices() got an unexpected keyword
# argument 'weights'".

import random
random.seed(3)
print(random.choices(["a", "b", "c"], weights=[1, 5, 2], k=8))
print(random.choices("xyz", [0.5, 0.25, 0.25], k=5), random.choices([1, 2, 3], k=4))
r = random.Random(9)
print(r.choices(range(4), weights=[3, 0, 1, 1], k=6), r.choices(["p", "q"], [1, 1]))
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices("ab", weights=[0, 0])
except ValueError as e:
    print("ValueError:", e)
