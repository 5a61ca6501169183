# expect: 3:28: error: namedtuple() with rename= is not supported yet
from collections import namedtuple
P = namedtuple("P", "x y", rename=True)
print(P(1, 2))
