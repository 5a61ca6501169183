# a class decorator that records the class and returns it; classes as values (factories, registries)
REGISTRY = {}
ORDER = []

def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls

def announce(cls):
    ORDER.append(cls.__name__)
    print("defined", cls.__name__)
    return cls

class Shape:
    def __init__(self, size):
        self.size = size
    def area(self):
        return 0

@register
class Square(Shape):
    def area(self):
        return self.size * self.size

@announce
@register
class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size

print(sorted(REGISTRY), ORDER)
for name in sorted(REGISTRY):
    make = REGISTRY[name]
    shape = make(2)
    print(name, make.__name__, type(shape).__name__, shape.area())
print(Square(3).area(), REGISTRY["square"] is Square, REGISTRY["circle"] == Square)

# a class passed as a factory
class Node:
    def __init__(self, value=0):
        self.value = value
    def __repr__(self):
        return f"Node({self.value})"

def build(n, factory=Node):
    return [factory(i) for i in range(n)]
print(build(3))

class Empty:
    pass
kinds = [Empty, Empty]
print(len([k() for k in kinds]), kinds[0].__name__)
