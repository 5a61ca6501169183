# `from time import time` in the program made pyzc's own random.py (which calls
# time.time_ns() when seeded from the clock) read the program's `time`.
import random
from time import time

random.seed(3)
t = time()
print(random.randint(1, 10), random.choice([4, 5, 6]), t > 0)
random.seed()
x = random.random()
print(0.0 <= x < 1.0, time() >= t)
