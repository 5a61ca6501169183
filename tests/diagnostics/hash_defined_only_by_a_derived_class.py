# expect: 17:15: error: Square defines __hash__, which Shape (the class of these objects as pyzc types them) has not: pyzc would hash and compare an object of Square here as one of Shape; not supported yet
class Shape:
    def __init__(self, n):
        self.n = n


class Square(Shape):
    def __eq__(self, other):
        return isinstance(other, Square) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


shapes = [Shape(1), Square(2), Square(2)]
print(len(shapes))
print(len(set(shapes)))
