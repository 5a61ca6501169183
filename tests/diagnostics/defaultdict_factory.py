# expect: 3:29: error: a defaultdict factory other than int, float, str, bool, list, set, dict or None is not supported yet
import collections
d = collections.defaultdict(tuple)
d["a"] = (1, 2)
print(d)
