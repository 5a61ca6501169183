# random's other distributions (gamma, beta, lognormal, von Mises, Pareto, Weibull): the same
# draws as CPython's for a seed, module functions and a Random object's methods alike.
import random

random.seed(2024)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 1.0, 3.5, 9)])
print([round(random.betavariate(a, b), 12) for a, b in ((2, 3), (0.5, 0.5), (1.0, 4.0), (10, 1))])
print(round(random.lognormvariate(0.0, 0.25), 12), round(random.vonmisesvariate(1.0, 4.0), 12),
      round(random.vonmisesvariate(0.0, 0.0), 12))
print(round(random.paretovariate(3.0), 12), round(random.weibullvariate(2.0, 1.5), 12))
rng = random.Random(7)
draws = [rng.betavariate(2.0, 5.0) for _ in range(2000)]
print(round(sum(draws) / len(draws), 6), round(min(draws), 9), round(max(draws), 9))
ages = sorted(round(rng.gammavariate(2.0, 10.0)) for _ in range(15))
print(ages)
try:
    random.gammavariate(0.0, 1.0)
except ValueError as e:
    print("ValueError:", e)
print(round(rng.random(), 12))
