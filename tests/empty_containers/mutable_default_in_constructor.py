class Tree:
    def __init__(self, label, kids=[]):
        self.label = label
        self.kids = kids
t = Tree("r", [Tree("a"), Tree("b")])
print(t.label, [k.label for k in t.kids], len(t.kids[0].kids))
