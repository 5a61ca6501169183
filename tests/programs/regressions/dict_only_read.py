# A dict that is only read from (never stored into) takes its key type from the reads.
d = {}
try:
    print(d["x"])
except KeyError as e:
    print("missing", e)
counts = {}
print(counts.get("a", 0), "a" in counts, len(counts))
seen = set()
print("q" in seen, "z" not in seen)
