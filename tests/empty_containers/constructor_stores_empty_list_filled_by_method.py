class Bag:
    def __init__(self, items):
        self.items = items
    def add(self, v):
        self.items.append(v)
b = Bag([])
b.add("s")
print(b.items)
