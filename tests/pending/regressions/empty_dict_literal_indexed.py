# Pending: indexing an empty dict literal directly (`{}["y"]`) types the literal dict[int, int] and the C
# compiler rejects the str key (a pyzc bug, not a refusal).  A variable holding {} works
# (tests/programs/regressions/dict_only_read.py).
try:
    {}["y"]
except KeyError as e:
    print("missing", e)
