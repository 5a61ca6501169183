class Box:
    def __init__(self):
        self.items = []
class Loader:
    def __init__(self, box):
        self.box = box
    def load(self, things):
        for t in things:
            self.box.items.append(t)
b = Box()
Loader(b).load(["a", "b"])
print(b.items)
