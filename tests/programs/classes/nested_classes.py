# Classes defined in a class body: used as Outer.Inner(...), self.Inner(...), Inner in the body.
from enum import Enum


class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, nxt=None):
            self.value = value
            self.next = nxt

    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1

    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


class Shop:
    class Item:
        def __init__(self, name, price):
            self.name = name
            self.price = price

        def __repr__(self):
            return f"Item({self.name!r}, {self.price})"

    class Status(Enum):
        OPEN = 1
        CLOSED = 2

    DEFAULT = Item("nothing", 0.0)

    def __init__(self):
        self.items = [Shop.Item("pen", 1.5), Shop.Item("ink", 4.25)]
        self.status = Shop.Status.OPEN

    def total(self):
        return sum(i.price for i in self.items)


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, ll.size, type(ll.head).__name__)
s = Shop()
print(s.items, s.total(), s.status, Shop.DEFAULT, s.status == Shop.Status.OPEN, Shop.Status.CLOSED.value)
print(repr(Shop.Status.OPEN), Shop.Status.CLOSED.name, [m.name for m in Shop.Status])
class Graph:
    class Edge:
        def __init__(self, a, b, w):
            self.a, self.b, self.w = a, b, w
        def __repr__(self):
            return f"{self.a}-{self.b}({self.w})"

    def __init__(self):
        self.edges = []

    def add(self, a, b, w=1):
        self.edges.append(Graph.Edge(a, b, w))

    def mst(self):
        parent = {}
        def find(x):
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        out = []
        for e in sorted(self.edges, key=lambda e: e.w):
            ra, rb = find(e.a), find(e.b)
            if ra != rb:
                parent[ra] = rb
                out.append(e)
        return out

g = Graph()
for a, b, w in [("a", "b", 4), ("b", "c", 1), ("a", "c", 3), ("c", "d", 2), ("b", "d", 5)]:
    g.add(a, b, w)
print(g.mst(), sum(e.w for e in g.mst()))
