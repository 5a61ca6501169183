class Store:
    def __init__(self):
        self.items = []
class Filler:
    def fill(self, s):
        s.items.append(("a", 1))
s = Store()
Filler().fill(s)
print(s.items)
