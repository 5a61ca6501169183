class Inventory:
    def __init__(self):
        self.items = []
        self.counts = {}
class Clerk:
    def stock(self, inv, name, n):
        inv.items.append(name)
        inv.counts[name] = inv.counts.get(name, 0) + n
inv = Inventory()
Clerk().stock(inv, "pen", 3)
print(inv.items, inv.counts)
