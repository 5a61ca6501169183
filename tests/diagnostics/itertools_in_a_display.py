# expect: 3:7: error: itertools.count() is supported where it is iterated (for loops, comprehensions, list(), sorted()...) for now
import itertools
xs = [itertools.count(1)]
print(len(xs))
