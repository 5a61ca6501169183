import sys


class Node:
    def __init__(self, name, children):
        self.name = name
        self.children = children

    def walk(self):
        yield self.name
        for c in self.children:
            yield from c.walk()

    def leaves(self):
        for c in self.children:
            for x in c.leaves():
                yield x


class Leaf(Node):
    def __init__(self, name):
        self.name = name
        self.children = []

    def walk(self):
        yield "leaf " + self.name

    def leaves(self):
        yield self.name


def evens(n):
    for i in range(0, n, 2):
        yield i


def odds(n):
    i = 1
    while i < n:
        yield i
        i += 2


tree = Node("root", [Leaf("a"), Node("mid", [Leaf("b"), Node("c", [])]), Leaf("d")])
print(list(tree.walk()))
print(list(tree.leaves()))
g = evens(7) if len(sys.argv) > 5 else odds(7)
print(next(g), list(g))
gens = [evens(5), odds(5), evens(3)]
print([sum(x) for x in gens])
for n in (tree, Leaf("z")):
    it = n.walk()
    print(next(it, "none"))
