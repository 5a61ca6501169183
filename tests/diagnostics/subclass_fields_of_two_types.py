# expect: 13:9: error: field 'Shape.size' is int but is assigned a str here; a field must keep one type
class Shape:
    pass


class Circle(Shape):
    def __init__(self):
        self.size = 2


class Label(Shape):
    def __init__(self):
        self.size = "big"


shapes = [Circle(), Label()]
print(shapes[0].size)
