# expect: 5:13: error: random.seed() with a str argument is not supported yet (pyzc's random module takes int for 'a')
# CPython seeds from a str through its SHA-512 (version 2); pyzc refuses it by name.
import random

random.seed("text")
print(random.random())
