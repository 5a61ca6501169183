# list.count()/index()/remove() of a subclass object in a list of base-class objects, with and without __eq__ (fuzz seed 104578).
class Item:
    def __init__(self, n, s):
        self.n = n
        self.s = s

    def __eq__(self, other):
        return self.n % 5 == other.n % 5

    def __repr__(self):
        return f"Item({self.n}, {self.s!r})"


class Special(Item):
    def __init__(self, n, s, k):
        super().__init__(n, s)
        self.k = k


class Plain:
    def __init__(self, v):
        self.v = v


class PlainSub(Plain):
    pass


items = [Item(1, "a"), Special(6, "b", 2), Item(3, "c")]
sp = Special(11, "z", 0)
print(items.count(sp), items.index(sp), sp in items)
other = Special(4, "q", 1)
print(items.count(other), other in items)
items.remove(sp)
print(items)
ps = PlainSub(1)
plains = [Plain(1), ps, Plain(2), ps]
print(plains.count(ps), plains.index(ps), plains.count(PlainSub(1)))
try:
    print(items.index(other))
except ValueError as e:
    print("ValueError:", e)
