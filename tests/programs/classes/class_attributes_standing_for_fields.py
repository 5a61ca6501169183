# A class attribute stands for a field until the object is given one of its own: `color = 'white'`
# in the class body, `self.color = 'black'` in a method; `self.hits += 1` reads the class's 0 the
# first time; a subclass's own class attribute for its objects. A list class attribute filled by
# `C.seen.append(x)` and `self.seen.append(x)`.
# pyzc raised AttributeError ("'Node' object has no attribute 'color'") for an object not yet
# given the field, failed internally on `self.hits += 1`, and the C compiler refused the list.

class Node:
    color = "white"
    hits = 0
    seen = []

    def __init__(self, name):
        self.name = name

    def visit(self):
        self.color = "black"
        self.hits += 1
        self.seen.append(self.name)


a, b = Node("a"), Node("b")
print(a.color, b.color, a.hits)
a.visit()
a.visit()
print(a.color, b.color, a.hits, b.hits, Node.hits, Node.color, Node.seen)
b.color = "red"
print(a.color, b.color, Node.color)


class Node2:
    color = "white"

    def __init__(self, name):
        self.name = name

    def visit(self):
        self.color = "black"


a2, b2 = Node2("a"), Node2("b")
print(a2.color, b2.color)
a2.visit()
print(a2.color, b2.color, Node2.color)
b2.color = "red"
print(a2.color, b2.color, Node2.color)


class C:
    created = []
    def __init__(self, n):
        C.created.append(n)
C("a")
print(C.created)


class Tile:
    kind = "floor"
    cost = 1


class Wall(Tile):
    kind = "wall"

    def __init__(self, h):
        self.h = h


class Door(Tile):
    def open(self):
        self.kind = "open door"
        self.cost = 0


tiles = [Tile(), Wall(3), Door(), Door()]
tiles[3].open()
print([(t.kind, t.cost) for t in tiles])
