# expect: 3:29: error: a defaultdict factory other than int, float, str, bool, list, set, dict, None or a function taking no arguments (`lambda: [0, 0]`) is not supported yet
import collections
d = collections.defaultdict(tuple)
