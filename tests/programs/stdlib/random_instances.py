# random.Random(seed): a generator of its own, with the module's methods, beside the module's
# functions (one generator made at import); in a field of an object.  Both give CPython's numbers.
# pyzc refused it ("random.Random is not supported yet").

import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abc"), random.uniform(1, 2))
r = random.Random(42)
print(r.random(), r.randint(1, 10), r.choice("abc"), r.uniform(1, 2))
r2 = random.Random(7)
xs = list(range(10))
r2.shuffle(xs)
print(xs, r2.sample(range(100), 5), r2.gauss(0, 1), r2.choices("xyz", k=4), r2.randrange(0, 100, 7))
random.seed(42)
print(random.random(), r.getrandbits(70), random.gauss(1.0, 2.0), random.expovariate(2.0), random.triangular(0, 10, 3))
class Die:
    def __init__(self, seed):
        self.rng = random.Random(seed)
    def roll(self):
        return self.rng.randint(1, 6)
d = Die(3)
print([d.roll() for _ in range(10)])
