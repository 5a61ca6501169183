# -v, +v, ~v on objects call __neg__, __pos__, __invert__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __invert__(self):
        return Vec(self.y, self.x)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2.5)
print(-v, +v, ~v, -(-v))
