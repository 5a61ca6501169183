# expect: 5:7: error: 'P' object has no attribute 'z'
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p.z)
