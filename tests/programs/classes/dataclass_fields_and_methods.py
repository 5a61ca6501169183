# @dataclass: fields with defaults, the generated __init__, __repr__, __eq__ and (order=True) ordering.
from dataclasses import dataclass, field
import dataclasses
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True)
class Version:
    major: int
    minor: int
    tag: str = field(default="", compare=False)


@dataclasses.dataclass
class Bag:
    name: str
    items: List[int] = field(default_factory=list)
    count: ClassVar[int] = 0
    hidden: int = field(default=7, repr=False)

    def add(self, x):
        self.items.append(x)
        Bag.count += 1


@dataclass
class Point3(Point):
    z: int = 5


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=lambda: ["opened"])
    key: str = field(init=False, default="")

    def __post_init__(self):
        self.key = self.owner.lower() + "#1"


@dataclass(eq=False)
class Node:
    label: str


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<{self.a}>"


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p.norm1(), Point(y=4, x=1))
vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a")]
print(sorted(vs), max(vs), Version(1, 0, "x") == Version(1, 0, "y"), Version(1, 0) < Version(1, 1),
      Version(2, 0) >= Version(1, 9))
b1 = Bag("a")
b2 = Bag("b")
b1.add(3)
print(b1, b2, Bag.count, b1.hidden, b1 == Bag("a", [3]))
print(Point3(1), Point3(1, 2, 3), Point3(1) == Point(1), Point3(1) == Point3(1, 0, 5))
print(repr(p), str(p), f"{p}", [p, Point(0)])
a = Account("Ann")
b = Account("Bob", 5.5)
a.history.append("deposit")
print(a, b, a.key)
n = Node("n")
print(n == Node("n"), n == n, Custom(3), [Custom(4)])
