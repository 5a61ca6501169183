# -x, +x, ~x and abs(x) call __neg__, __pos__, __invert__ and __abs__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(self.x, self.y)
    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

v = Vec(3, -4)
print(-v, +v, abs(v), ~v, abs(-v), -(-v))
print([abs(w) for w in [v, Vec(0, 1)]])

class Mod:
    def __init__(self, n):
        self.n = n
    def __abs__(self):
        return Mod(self.n % 7)
    def __str__(self):
        return "Mod(" + str(self.n) + ")"
print(abs(Mod(-3)))

