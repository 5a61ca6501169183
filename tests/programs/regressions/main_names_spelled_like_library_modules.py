# The main file binds `time` (a class) and `math` (a function) at the top level, while
# pyzc's random.py imports the modules time and math: each keeps its own meaning.
import random
from time import time as now


class time(Exception):
    pass


def math(x):
    return x * 2


t0 = now()
random.seed(3)
print(random.random(), math(4))
print(random.gauss(0.0, 1.0), now() >= t0)
try:
    raise time("late")
except time as e:
    print("caught", e)
raise time("uncaught")
