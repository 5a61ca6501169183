# Tuple keys whose items come from a function inferred later (the rows of parse()): in early rounds
# the keys are tuples of unknown items; d.get(key, 0.0) read in the statement that stores d[key]
# must let the dict learn its key type, not refuse "tuple[<unknown>, ...] keys, not tuple[str, str]".
def parse(text):
    rows = []
    for line in text.splitlines():
        region, product, units = line.split(",")
        rows.append({"region": region, "product": product, "units": units})
    return rows


def pairs():
    return [(1, "a"), (2, "b"), (1, "a")]


rows = parse("North,Widget,3\nSouth,Gadget,5\nNorth,Widget,4\nEast,Gadget,1")
totals = {}
groups = {}
counts = {}
popped = {}
for r in rows:
    key = (r["region"], r["product"])
    totals[key] = totals.get(key, 0.0) + int(r["units"]) * 1.5
    groups.setdefault((r["product"], len(r["region"])), []).append(r["region"])
for n, s in pairs():
    counts[(s, n)] = counts.get((s, n), 0) + 1
    popped[(n, s)] = popped.pop((n, s), 10) - 1
print(sorted(totals.items()))
print(groups)
print(counts, popped)
print(totals.get(("North", "Widget"), -1.0), totals.get(("West", "Widget"), -1.0), ("b", 2) in counts)
