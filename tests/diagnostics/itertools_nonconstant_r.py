# expect: 5:37: error: itertools.combinations() r must be a constant integer (the tuples' length must be known at compile time)
import itertools
xs = [1, 2, 3, 4]
k = len(xs) // 2
for c in itertools.combinations(xs, k):
    print(c)
