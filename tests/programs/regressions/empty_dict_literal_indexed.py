# Indexing an empty dict literal directly (`{}["y"]`) typed the literal dict[int, int] and the C
# compiler rejected the str key; the literal now takes its key type from the read (a place, types/infer.py).
try:
    {}["y"]
except KeyError as e:
    print("missing", e)
