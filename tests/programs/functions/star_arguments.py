# f(*t): a tuple of known length spread into positional arguments, in every kind of call


def add3(a, b, c):
    return a + b * c


def forward(*args):
    return add3(*args)


class Point:
    def __init__(self, x, y):
        self.xy = (x, y)

    def scaled(self, k, j):
        return Point(self.xy[0] * k, self.xy[1] * j)

    def again(self):
        return self.scaled(*self.xy)

    @staticmethod
    def make(a, b):
        return Point(a, b)


pair = (2, 3)
print(add3(*pair, 4), add3(1, *pair), add3(*(5, 6, 7)))
print(forward(1, 2, 3), forward(*(1, 2), 3))
p = Point(*pair)
print(p.xy, p.again().xy, Point.make(*p.xy).xy)
mixed = ("a", 2)
def label(name, n, sep="="):
    return name + sep + str(n)
print(label(*mixed), label(*mixed, sep=":"))
scale = lambda a, b: a * b
print(scale(*pair))
chooser = add3
print(chooser(*pair, 10))
points = [(1, 2), (3, 4)]
for pt in points:
    print(Point(*pt).again().xy)

def mean(*xs):
    return sum(xs) / len(xs)
def tag(name, *parts):
    return name + ":" + ",".join(parts) + ":" + str(len(parts))
vals = [1, 2, 3, 4]
print(mean(*vals), mean(5, *vals), tag("t", *["a", "b"]), tag("u", *"xyz"), tag("v", "w", *[]))
words = "one two".split()
print(tag(*("w",), *words))
