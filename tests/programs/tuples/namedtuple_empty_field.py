# A named tuple made with an empty list or dict beside others made with items: the empty one
# takes the field's item type (it was a list[int], and the C did not compile).
from collections import namedtuple
from typing import NamedTuple
from dataclasses import dataclass, field
Job = namedtuple("Job", "name deps meta")
jobs = [Job("a", [], {}), Job("b", ["a"], {"k": 1.5})]
for j in jobs:
    print(j.name, len(j.deps), j.deps, j.meta)
class Edge(NamedTuple):
    src: str
    tags: list
e = [Edge("x", []), Edge("y", ["t"])]
print(e, e[0].tags == [])
def mk(name):
    return Job(name, [], {})
more = [mk("q"), Job("r", ["s"], {"z": 2.0})]
print(more)
@dataclass
class Node:
    name: str
    kids: list = field(default_factory=list)
ns = [Node("a", []), Node("b", ["c"])]
print(ns)
t = [("p", []), ("q", [1.5])]
print(t)
