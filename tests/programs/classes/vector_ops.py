# A small Vector type with __add__, __sub__, __mul__, __eq__, __hash__ and __repr__.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length(self):
        return math.sqrt(self.dot(self))

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


a = Vector(3, 4)
b = Vector(-1, 2)
print(a, b)
print("a + b =", a + b, " a - b =", a - b, " a * 3 =", a * 3)
print("dot", a.dot(b), "length", a.length(), "str", str(a + b))
print(f"formatted: {a} and {b * -2}")
print("equal", a == Vector(3, 4), a == b, a != b, a + b == Vector(2, 6))

path = [Vector(1, 0), Vector(0, 2), Vector(-3, 1), Vector(1, 1), Vector(1, -4)]
pos = Vector(0, 0)
trail = [pos]
for step in path:
    pos = pos + step
    trail.append(pos)
print("trail", trail)
print("final", pos, "distance", round(pos.length(), 4))

visits = {}
for p in trail + [Vector(1, 0), Vector(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
for p, n in visits.items():
    if n > 1:
        print("visited", n, "times:", p)
print("distinct positions", len(visits), Vector(-2, 3) in visits, Vector(9, 9) in visits)

seen = set()
for p in trail:
    seen.add(p)
seen.add(Vector(0, 0))
print("set size", len(seen))

total = Vector(0, 0)
for v in path:
    total = total + v
print("sum of steps", total, total == pos)
print([v * 2 for v in path[:3]])
