# expect: 6:21: error: random.Random() with a str argument is not supported yet (pyzc's random module takes int for 'x')
# A pyzc/pylib class given an argument of a type its annotations leave out is refused at the
# call, as a module function is, not at the annotation inside pyzc's own random.py.
import random

rng = random.Random("seed-string")
print(rng.random())
