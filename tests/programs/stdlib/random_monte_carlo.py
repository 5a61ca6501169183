# A seeded Monte Carlo estimate of pi, and a random walk: the same numbers as CPython for the same seed.
import random


def estimate_pi(n, seed):
    random.seed(seed)
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def walk(steps):
    pos = 0
    furthest = 0
    for _ in range(steps):
        pos += random.choice([-1, 1])
        if abs(pos) > furthest:
            furthest = abs(pos)
    return pos, furthest


for seed in (1, 2, 3):
    print(f"seed {seed}: pi ~ {estimate_pi(300000, seed):.6f}")
random.seed(12345)
print("walk:", walk(10000))
dice = [0] * 7
for _ in range(6000):
    dice[random.randint(1, 6)] += 1
print("dice:", dice[1:])
print("empty range:")
random.randrange(0)
