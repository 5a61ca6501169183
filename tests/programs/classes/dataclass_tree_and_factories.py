# Dataclasses with default_factory containers, Optional fields and methods that walk them.
from __future__ import annotations
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Node:
    name: str
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    weight: float = 1.0

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def total(self) -> float:
        return self.weight + sum(c.total() for c in self.children)


root = Node("root")
a = root.add(Node("a", weight=2.5))
a.add(Node("b"))
print(root.total(), [c.name for c in root.children], a.parent.name if a.parent else None)
print(Node("x"))


@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)

    def put(self, k: str, n: int = 1) -> None:
        self.items[k] = self.items.get(k, 0) + n


inv = Inventory()
inv.put("apple")
inv.put("apple", 2)
print(inv, inv == Inventory({"apple": 3}))
