# expect: 4:7: error: P.__new__() missing 1 required positional argument: 'y'
from collections import namedtuple
P = namedtuple("P", "x y")
print(P(1))
