class Stack:
    def __init__(self, items):
        self.items = items
    def push(self, x):
        self.items.append(x)
def make():
    return Stack([])
s = make()
s.push("p")
print(s.items)
