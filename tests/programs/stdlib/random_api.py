# random with a seed gives CPython's sequence: random, randint, choice, shuffle, uniform, gauss, randrange, getrandbits, sample, choices
import random
from random import randint, choice

random.seed(42)
print(random.random(), random.random())
print([randint(1, 6) for _ in range(10)])
print(choice(["a", "b", "c"]), choice("xyz"))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.uniform(1.5, 2.5), random.gauss(0.0, 1.0), random.gauss(5.0, 2.0), random.gauss(0, 1))
print(random.randrange(10), random.randrange(5, 100, 7), random.getrandbits(40), random.getrandbits(7))
print(random.sample(list(range(100)), 5), random.sample(["p", "q", "r", "s"], 2))
print(random.choices(["a", "b"], k=5))
random.seed(2**40 + 12345)
print(random.random())
random.seed(-7)
print(random.random(), random.expovariate(2.0), random.normalvariate(1.0, 0.5), random.triangular(0.0, 10.0))
random.seed(0)
inside = 0
n = 200000
for i in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(4.0 * inside / n)
