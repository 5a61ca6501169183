# A field whose only store is in a method never called: every read raises CPython's AttributeError.
class Box:
    def fill(self):
        self.v = 3
        self.items = [1]

    def get(self):
        return self.v

    def count(self):
        return len(self.items)


b = Box()
for name, read in (("get", b.get), ("count", b.count)):
    try:
        print(name, read())
    except AttributeError as e:
        print(name, "AttributeError:", e)
try:
    print(b.v * 2)
except AttributeError as e:
    print("AttributeError:", e)
