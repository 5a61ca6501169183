# expect: 4:7: error: printing defaultdict(<function>) objects is not supported yet
from collections import defaultdict
d = defaultdict(lambda: 0)
print(d)
