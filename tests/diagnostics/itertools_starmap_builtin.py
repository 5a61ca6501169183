# expect: 3:12: error: itertools.starmap() takes a lambda or a function of the program, and an iterable, for now (a builtin's call with a spread tuple is not supported)
import itertools
print(list(itertools.starmap(pow, [(2, 5)])))
