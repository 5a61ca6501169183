# Each use of a value that is None where a value is needed raises CPython's error.
class Box:
    def __init__(self):
        self.items = None
        self.size = None
        self.name = None

    def fill(self):
        self.items = [1, 2]
        self.size = 2
        self.name = "box"


def maybe_pair(k):
    if k > 10:
        return (k, k)
    return None


def maybe_text(k):
    return "t" * k if k > 10 else None


b = Box()
tests = 0
for case in range(14):
    try:
        if case == 0:
            print(b.items[0])
        elif case == 1:
            print(len(b.items))
        elif case == 2:
            print(b.size * 2)
        elif case == 3:
            print(b.name.upper())
        elif case == 4:
            x, y = maybe_pair(1)
        elif case == 5:
            print(maybe_pair(1)[0])
        elif case == 6:
            print(maybe_text(1) + "!")
        elif case == 7:
            print(sorted(b.items))
        elif case == 8:
            print(int(b.size))
        elif case == 9:
            print(2 ** b.size)
        elif case == 10:
            print(b.size < 3)
        elif case == 11:
            print(3 in b.items)
        elif case == 12:
            print([v for v in b.items])
        elif case == 13:
            print(abs(b.size))
    except TypeError as e:
        print(case, "TypeError", e)
    except AttributeError as e:
        print(case, "AttributeError", e)
b.fill()
print(b.items[0], len(b.items), b.size * 2, b.name.upper(), maybe_pair(11), maybe_text(11))
