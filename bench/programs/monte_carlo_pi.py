# Seeded Monte Carlo estimate of pi with the random module (pyzc compiles its Python random module:
# CPython's Mersenne Twister, so both print the same estimate), and statistics over the samples.
import random
import statistics

random.seed(2026)
inside = 0
n = 3_000_000
for _ in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4.0 * inside / n)
samples = [random.gauss(10.0, 2.0) for _ in range(300_000)]
print("mean", statistics.mean(samples), "stdev", statistics.stdev(samples))
