# expect: 5:13: error: random.seed() with a float argument is not supported yet (pyzc's random module takes int for 'a')
# CPython seeds from hash(float); pyzc refuses it by name.
import random

random.seed(2.5)
print(random.random())
