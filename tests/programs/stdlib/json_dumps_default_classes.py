# A default= that dispatches on the classes of the program: isinstance of a class that is neither an
# ancestor nor a subclass of an object's class is decided when compiling, so each instance keeps its branch.
import json


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode(o):
    if isinstance(o, Point):
        return [o.x, o.y]
    if isinstance(o, Circle):
        return {"circle": str(o.r)}
    if isinstance(o, Shape):
        return {"shape": o.name}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


shapes = [Shape("blob"), Circle(2)]
print(json.dumps(([Point(1, 2)], shapes), default=encode))
print(json.dumps((Circle(1), Point(0, 1), b"x", {1, 2}), default=lambda o: encode(o) if not isinstance(o, (bytes, set)) else "other"))
print([isinstance(s, Circle) for s in shapes], isinstance(Point(1, 1), Shape), isinstance(shapes[0], (Point, Shape)))
