# expect: 10:1: error: variable 'b' is list[float] but is assigned a list[str] here; a variable must keep one type
class Maker:
    def make(self):
        return []


m = Maker()
a = m.make()
a.append("s")
b = m.make()
b.append(1.5)
print(a, b)
