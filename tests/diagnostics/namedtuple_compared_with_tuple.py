# expect: 4:7: error: comparing a named tuple (P) with another tuple type is not supported yet
from collections import namedtuple
P = namedtuple("P", "x y")
print(P(1, 2) == (1, 2))
