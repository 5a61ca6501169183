# A class attribute computed from earlier ones by their bare names (`q = m // a` in the class body)
from sys import maxsize


class Random:
    m = maxsize
    a = 48271
    q = m // a
    r = m % a
    names = ["x", "y"]
    count = len(names)

    def __init__(self, seed):
        self.seed = seed

    def step(self):
        k = self.seed // Random.q
        self.seed = Random.a * (self.seed - k * Random.q) - Random.r * k
        if self.seed < 0:
            self.seed += Random.m
        return self.seed


g = Random(7)
print(Random.q, Random.r, Random.count, g.step(), g.step(), g.q)
