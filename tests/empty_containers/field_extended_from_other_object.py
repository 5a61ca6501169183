class Acc:
    def __init__(self):
        self.parts = []
    def merge(self, other):
        self.parts.extend(other.parts)
        return self
a = Acc()
b = Acc()
b.parts.append("x")
print(a.merge(b).parts)
