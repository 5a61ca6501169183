# match/case: literals, captures, sequences with a star, or-patterns, guards, class and mapping patterns.
from dataclasses import dataclass


def classify(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [first, *_, last] if first == last:
            return f"palindromic {first}"
        case [x, *_]:
            return f"unknown {x}"
        case _:
            return "empty"


for c in ["go north", "pick up a b", "pick up", "quit", "exit", "dance now", "", "a b a"]:
    print(repr(c), "->", classify(c))


def code(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(x) if x < 0:
            return f"neg {x}"
        case _:
            return "big"


print([code(i) for i in (-5, 0, 2, 99)])


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Square:
    def __init__(self, side):
        self.side = side


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere {p.x},{p.y}"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7)]:
    print(where(p))


def area(shape):
    match shape:
        case Circle(r):
            return 3.0 * r * r
        case Square(side=s):
            return float(s * s)
    return -1.0


print(area(Circle(2)), area(Square(3)))


def config(d):
    match d:
        case {"mode": "fast", "level": level}:
            return f"fast at {level}"
        case {"mode": mode}:
            return f"mode {mode}"
        case {}:
            return "no mode"


print(config({"mode": "fast", "level": "9"}), config({"mode": "slow"}), config({"other": "x"}))


def pair(t):
    match t:
        case (0, 0):
            return "zeros"
        case (a, b) if a > b:
            return "desc"
        case (a, b):
            return f"sum {a + b}"


print(pair((0, 0)), pair((3, 1)), pair((1, 3)))


def status(v):
    match v:
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"


print(status(None), status(True), status(False))

for s in ["a", "bb", "ccc"]:
    match len(s):
        case 1:
            continue
        case 2:
            print("two", s)
        case n:
            print("long", n)
            break
total = 0
for row in [[1, 2], [3], [4, 5, 6], []]:
    match row:
        case []:
            total += 100
        case [one]:
            total += one
        case [a, b, *rest]:
            total += a * b + len(rest)
print(total)

# True and False match bools only (1 is not True), None by identity, floats by ==.
def f(v):
    match v:
        case True:
            return "true"
        case False:
            return "false"
        case 1:
            return "one"
        case 0:
            return "zero"
        case _:
            return "other"
print(f(1), f(0), f(True), f(False), f(2))
x = 1
print(x == True)
def g(v):
    match v:
        case None:
            return "none"
        case 0.0:
            return "zero"
        case float(x) if x > 0:
            return "pos"
        case _:
            return "neg"
print(g(None), g(0.0), g(-0.0), g(2.5), g(-1.0))
