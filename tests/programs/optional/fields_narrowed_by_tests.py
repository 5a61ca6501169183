# A field read through a name (`node.sym`) tested against None is narrowed as an item is, until
# something may change it: a store to any field, a call of the program's code, a rebinding of the
# name.  len(), str() and the like are not calls of the program's code unless a class defines the
# dunder they run.
from typing import Optional


class Cell:
    def __init__(self, key=None, below=None):
        self.key = key
        self.below = below
        self.mark: Optional[str] = None

    def count(self):
        n = 1
        if self.below is not None:
            n += self.below.count()
        return n

    def keys(self):
        out = []
        if self.key:
            out.append(self.key.upper())
        if self.below is not None and self.below.key is not None:
            out.append(self.below.key + "!")
        return out


def unmark(c):
    c.mark = None


index = {}
cells = [Cell("ab"), Cell(), Cell("cd", Cell("ef", Cell())), Cell(None, Cell("gh"))]
for c in cells:
    if c.key is not None:
        index[c.key] = len(index)
    print(c.count(), c.keys(), c.key if c.key is not None else "-")
print(index)
print([c.key.title() for c in cells if c.key is not None])

walk = cells[2]
while walk.below is not None:
    walk = walk.below
    print("down to", walk.key)

first = cells[0]
first.mark = "set"
if first.mark is not None:
    print(first.mark.upper(), len(first.mark), str(first.mark))
same = first
if first.mark is not None:
    same.mark = None  # through another name: the narrowing ends
    try:
        print(first.mark.upper())
    except AttributeError as e:
        print("AttributeError:", e)
first.mark = "again"
if first.mark is not None:
    unmark(first)  # a call may store to it
    try:
        print(first.mark.upper())
    except AttributeError as e:
        print("AttributeError:", e)
for c in cells:
    if c.mark is None:
        continue
    print("marked", c.mark)
