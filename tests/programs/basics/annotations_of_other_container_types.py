# Annotations pyzc does not read (defaultdict[...], deque[...], Counter[...], in strings too)
# are accepted without a check, as CPython checks none: the values' types decide.
from collections import defaultdict, deque, Counter
import collections


def group(words: list[str]) -> dict[int, list[str]]:
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    return dict(groups)


q: deque[int] = deque([1, 2])
q.append(3)
c: collections.Counter[str] = Counter("hello")
d: "defaultdict[str, int]" = defaultdict(int)
d["a"] += 2


def first(xs: deque[int], n: "int") -> int:
    return xs[0] + n


print(group(["a", "bb", "cc"]), q, c.most_common(2), dict(d), first(q, 1))
