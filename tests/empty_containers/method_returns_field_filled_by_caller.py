class Reg:
    def __init__(self):
        self.items = []
    def all(self):
        return self.items
r = Reg()
r.all().append(("a", 2))
print(r.items)
