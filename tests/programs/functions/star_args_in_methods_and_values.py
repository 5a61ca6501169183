# *args in a method, through a function value, with items of several types, with keyword-only parameters after it
class Logger:
    def __init__(self, prefix):
        self.prefix = prefix

    def log(self, *msgs, sep=" "):
        print(self.prefix + sep.join(msgs))


lg = Logger("> ")
lg.log("a", "b")
lg.log("c", sep="-")
lg.log()


def first(*xs):
    return xs[0] if xs else -1


def mixed(*vals):
    print(len(vals), vals, vals[0])


f = first
print(f(4, 5), first(), first(9))
mixed(1, "a", 2.5)
mixed((1, 2))


def kw(a, b=2, *rest, c, d=4):
    return (a, b, rest, c, d)


print(kw(1, c=3), kw(1, 2, 3, 4, c=5, d=6))
