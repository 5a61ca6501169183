# expect: 11:14: error: positional sub-patterns of a class without __match_args__ (or @dataclass) are not supported yet
class Box:
    def __init__(self, v):
        self.v = v


def f(b):
    match b:
        case Box(v=0):
            return "empty"
        case Box(v):
            return "full"


print(f(Box(1)))
