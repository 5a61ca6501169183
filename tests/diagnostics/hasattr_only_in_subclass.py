# expect: 13:35: error: hasattr() of a 'Shape' object for 'side', which only its subclass 'Square' has, is not supported yet
class Shape:
    def __init__(self, name):
        self.name = name


class Square(Shape):
    def __init__(self, side):
        super().__init__('square')
        self.side = side


print(hasattr(Square(2), 'side'), hasattr(Shape('x'), 'side'))
