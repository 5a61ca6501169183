# `return NotImplemented` from an operator method: CPython's next step when both sides decline
# (identity for ==, TypeError for < and +), and the methods that do not decline.
from functools import total_ordering


@total_ordering
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank < other.rank

    def __hash__(self):
        return hash(self.rank)


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"V({self.x})"


c = Card(3)
print(c == Card(3), c == Card(4), c != Card(3), c == 3, c != "x", c == None, c in [Card(1), Card(3)])
print(sorted([Card(5), Card(1), Card(3)], reverse=True)[0].rank, c < Card(4), c >= Card(3), max(Card(2), Card(7)).rank)
print(sum([V(1), V(2), V(3)], V(0)), V(1) + V(5))
try:
    print(5 + V(1))
except TypeError as e:
    print("TypeError:", e)
try:
    print(V(1) + 2)
except TypeError as e:
    print("TypeError:", e)
print({Card(1), Card(1), Card(2)} == {Card(2), Card(1)})


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if isinstance(other, Tag):
            return self.name == other.name
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Tag):
            return self.name != other.name
        return NotImplemented

    def __hash__(self):
        return hash(self.name)


t = Tag("a")
same = t
print(t == Tag("a"), t != Tag("b"), t == "a", t != "a", t == same, t != same, t == 0.5, t == [t])
print([Tag("x"), Tag("a")].index(t), Tag("q") in {t, Tag("q")}, {t: 1}.get(Tag("a")))
try:
    print(Card(1) < Card(2) < Card(0))
except TypeError as e:
    print("TypeError:", e)
