# A defaultdict, Counter or OrderedDict where the annotation says dict[K, V]: each is a dict.
from collections import defaultdict, Counter, OrderedDict
counts: dict[str, int] = defaultdict(int)
for w in "a b a c".split():
    counts[w] += 1
groups: dict[int, list[str]] = defaultdict(list)
for w in ["aa", "b", "cc"]:
    groups[len(w)].append(w)
c: dict[str, int] = Counter("hello")
od: dict[str, float] = OrderedDict()
od["x"] = 1.5
def show(d: dict[str, int]) -> int:
    return sum(d.values())
print(counts, dict(groups), c, od, show(counts), show(c), show({"q": 1}))
