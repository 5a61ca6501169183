# `deps or []` in a function called once with a list and once with the None default: the
# instance where deps is None must still give a list, so the field it is stored in is never None.
from dataclasses import dataclass, field
from typing import List


@dataclass
class Job:
    name: str
    deps: List[str] = field(default_factory=list)


def make(name, deps=None):
    return Job(name, deps or [])


def pick(a=None, b=None, c="z"):
    return a or b or c


def collect(items=None, seen=None):
    seen = seen or set()
    for i in items or []:
        seen.add(i)
    return sorted(seen)


a = make("a", ["x", "y"])
b = make("b")
print(a, b)
print(any(d == "x" for d in a.deps), all(d == "x" for d in b.deps), sum(len(d) for d in a.deps))
print(pick(), pick("x"), pick(None, "y"), pick(b="q", c="w"))
print(collect(), collect([3, 1]), collect([2], {9}))
best = None
for v in [0, 3, 1]:
    best = best or v
print(best, None or "s", (None or None) is None)
