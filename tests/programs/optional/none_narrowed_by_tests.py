# After `if x is None: continue` (or return, or under `if x is not None:`), x is used as the value it
# holds: stored in a list, indexed, passed on. A later store to x ends that, in loops too.
def chain(links, start):
    x = links.get(start)
    seen = []
    while x is not None:
        seen.append(x)
        x = links.get(x)
    return seen


def doubled(d, key):
    v = d.get(key)
    if v is None:
        return -1
    out = []
    for i in range(3):
        out.append(v * i)
    return sum(out) + v


def stale(d):
    v = d.get("a")
    if v is None:
        return
    for k in ("b", "z", "a"):
        try:
            print("stale", v + 1)
        except TypeError as e:
            print("TypeError", e)
        v = d.get(k)


def positives(d, keys):
    kept = []
    for k in keys:
        v = d.get(k)
        if v is None or v < 0:
            continue
        kept.append(v)
    for k in keys:
        w = d.get(k)
        if not w:
            continue
        kept.append(w * 100)
    for k in keys:
        u = d.get(k)
        if u is not None and u > 1:
            kept.append(-u)
    return kept


def first_pair(pairs, want):
    found = None
    for p in pairs:
        if p[0] == want:
            found = p
            break
    if found is None:
        print("no pair for", want)
    else:
        a, b = found
        print("pair", a, b, found[1])


links = {1: 2, 2: 3, 3: 7}
print(chain(links, 1), chain(links, 9))
print(doubled({"a": 5}, "a"), doubled({"a": 5}, "b"))
stale({"a": 1, "b": 2})
print(positives({"a": 3, "b": -2, "c": 0, "d": 1}, ["a", "b", "c", "d", "e"]))
first_pair([(1, 2), (3, 4)], 3)
first_pair([(1, 2), (3, 4)], 5)
best = None
for n in [5, 3, 8]:
    if best is None or n > best:
        best = n
if best is not None:
    print("best", best + 1, [best] * 2)
