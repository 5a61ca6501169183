# A name bound in a class body to a method defined above it is the same method under a second
# name (`__rmul__ = __mul__`), and super(C, self) in a method of C is super().
class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    length = norm1

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    __str__ = __repr__


class Vec3(Vec):
    def __init__(self, x, y, z):
        super(Vec3, self).__init__(x, y)
        self.z = z

    def norm1(self):
        return super(Vec3, self).norm1() + abs(self.z)


v = Vec(1, -2)
print(v * 3, 3 * v, v + v * 2, v.length(), v.norm1(), str(v), [v], v.dims)
w = Vec3(1, 2, -3)
print(w.norm1(), w.length(), w.z, w * 2)
