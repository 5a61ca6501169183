# A class that no code constructs, with __repr__/__str__ reading its fields, compiles; its subclass in use still prints (fuzz seed 100015).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Unused:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return "Unused(" + self.label + ")"

    def __str__(self):
        return self.label.upper()


class Base:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Base<{self.n}>"


class Derived(Base):
    def __init__(self, n, tag):
        super().__init__(n)
        self.tag = tag

    def __str__(self):
        return f"{self.tag}:{self.n}"


def never_called():
    return Unused("never")


pts = [Point(i, i * i) for i in range(3)]
print(pts)
ds = [Derived(1, "a"), Derived(2, "b")]
print(ds, [str(d) for d in ds], str(ds[0]))
