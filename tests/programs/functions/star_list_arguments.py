# f(*xs) where xs is a list, a tuple of any length or a str: its items fill the positional
# parameters, with CPython's TypeErrors when its length does not fit
def f(a, b, c=0):
    return a * 100 + b * 10 + c

xs = [1, 2, 3]
print(f(*xs))
two = [4, 5]
print(f(*two))
print(f(9, *[8]))
print(f(7, *two[:1], c=5))
t = tuple(xs)
print(f(*t))
digits = "12"
def cat(x, y, z="!"):
    return x + y + z
print(cat(*digits), cat("a", *digits[1:]))

# a *args parameter takes what the named ones leave
def head_rest(first, *rest):
    return first, rest
print(head_rest(*xs), head_rest(*[0]))
def g(a, b=2, *more):
    return [a, b, len(more)]
print(g(*xs), g(*[1]), g(*[1, 2, 3, 4, 5]))

# methods and constructors count self, as CPython does
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
coords = [3, 4]
p = Point(*coords)
print(p, p.moved(*coords), p.moved(*coords[:1]))

# numbers of several types
nums = [1, 2.5]
print(f(*nums))

def add(u, v):
    return u + v
print(add(*two))

def tryit(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)

many = [1, 2, 3, 4]
one = [1]
none: list[int] = []
tryit("too many", lambda: f(*many))
tryit("missing", lambda: f(*one))
tryit("missing two", lambda: f(*none))
tryit("twice", lambda: f(*two, b=3))
tryit("twice c", lambda: f(*many, c=3))
tryit("method too many", lambda: p.moved(*xs))
tryit("method missing", lambda: p.moved(*none))
tryit("init", lambda: Point(*xs))
tryit("rest missing", lambda: head_rest(*none))
tryit("lambda", lambda: add(*one))
def exact(a):
    return a
tryit("exact", lambda: exact(*two))
tryit("exact none", lambda: exact(*none))
def kwo(a, b, *, k):
    return a + b + k
tryit("kwonly", lambda: kwo(*xs, k=1))
print(kwo(*two, k=1))

# another expression is evaluated once
line = "1 2 3"
print(f(*map(int, line.split())), cat(*"ab cd".split()))
def pair():
    print("pair()")
    return (6, 7)
print(f(*pair()), f(*pair(), c=1))
for row in ["1 2", "3 4 5"]:
    print(f(*[int(x) for x in row.split()]))
def short_line():
    return f(*map(int, "1".split()))
tryit("expression missing", short_line)
print(g(*sorted({3, 1, 2})))
