# isinstance() with list, tuple, dict and set: a Counter and a defaultdict are dicts, a named tuple is a tuple (and an instance of its own class)
from collections import Counter, defaultdict, namedtuple
P = namedtuple("P", "x y")
c = Counter("ab")
d = defaultdict(int)
p = P(1, 2)
print(isinstance(c, dict), isinstance(d, dict), isinstance(p, tuple), isinstance(c, (list, dict)))
print(isinstance(p, P), isinstance(p, (list, P)), isinstance((1, 2), P), isinstance([1], tuple), isinstance({1}, set), isinstance(c, P))
