# match/case: enum values, str subjects against sequence patterns, nested matches, tuples of
# several types, or-patterns of sequences, match in generators and methods.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def name(c):
    match c:
        case Color.RED:
            return "r"
        case Color.GREEN:
            return "g"

print(name(Color.RED), name(Color.GREEN))

word = "abc"
match word:
    case [a, b, c]:
        print("seq", a, b, c)
    case str(s) if len(s) == 3:
        print("str3", s)
    case _:
        print("other")

def kind(n):
    match n:
        case [x, y]:
            return "pair"
        case 5:
            return "five"
        case _:
            return "int"
print(kind(5), kind(7))

class Shape:
    pass
class Circle(Shape):
    def __init__(self, r):
        self.r = r
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

shapes = [Circle(1.5), Rect(2.0, 3.0), Circle(0.5)]
for sh in shapes:
    match sh:
        case Circle(r=r) if r > 1:
            print("big circle", r)
        case Circle():
            print("small circle", sh.r)
        case Rect(w=w, h=h):
            match (w > h, w == h):
                case (True, _):
                    print("wide", w, h)
                case (_, True):
                    print("square")
                case _:
                    print("tall", w, h)

rec = ("bob", 42, 1.5)
match rec:
    case (n, age, score) if age > 40:
        print(n.upper(), age + 1, score * 2)
    case _:
        print("no")
match {"a": [1, 2, 3]}:
    case {"a": [first, *others]}:
        print(first, others)
x = 3
match x:
    case 1 | 2:
        print("low")
    case 3 | 4 as v:
        print("mid", v)

def tokens(items):
    for it in items:
        match it:
            case int(n) if n > 0:
                yield n
            case str(s):
                yield len(s)
            case _:
                yield 0
print(list(tokens([3, -1, 7])))
class Machine:
    def __init__(self):
        self.state = "idle"
        self.count = 0
    def feed(self, ev):
        match (self.state, ev):
            case ("idle", "start"):
                self.state = "running"
            case ("running", "tick"):
                self.count += 1
            case ("running", "stop") | ("idle", "stop"):
                self.state = "idle"
            case (st, e):
                print("ignored", st, e)
m = Machine()
for e in ["tick", "start", "tick", "tick", "stop", "bogus"]:
    m.feed(e)
print(m.state, m.count)
