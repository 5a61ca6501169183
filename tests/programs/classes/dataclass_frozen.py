# @dataclass(frozen=True): hashable by its fields; a store to a field raises FrozenInstanceError.
import dataclasses
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class P:
    x: int
    y: int = 2


p = P(1)
print(p, hash(p) == hash(P(1)), {p: "a"}[P(1, 2)], len({P(1), P(1, 2), P(2)}))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    p.y += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print(repr(e))
print(p)
p.y = 9
