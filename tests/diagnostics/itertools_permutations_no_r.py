# expect: 4:10: error: itertools.permutations() needs a constant r here (the tuples' length must be known at compile time): permutations(xs, r)
import itertools
xs = [1, 2, 3]
for p in itertools.permutations(xs):
    print(p)
