# A list display of subclass objects, later given a base-class object: the variable holds base
# objects, and the display is made as that list (it was an internal error of the IR check).


class Shape:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Shape({self.n})"


class Square(Shape):
    def __repr__(self):
        return "Square[" + super().__repr__() + "]"


def main():
    shapes = [Square(1), Square(2)]
    print(shapes)
    shapes.append(Shape(3))
    print(shapes, [s.n for s in shapes])
    table = {"a": Square(4)}
    table["b"] = Shape(5)
    print(table)


main()
