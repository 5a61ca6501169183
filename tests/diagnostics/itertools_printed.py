# expect: 4:7: error: printing generator objects is not supported yet
import itertools
it = itertools.count(1)
print(it)
