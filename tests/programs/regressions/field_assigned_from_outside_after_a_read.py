# A field the program gives objects from outside their class (`o.late = 1`), read before that
# store in the source: the read is not refused; objects that lack it raise AttributeError.
class Box:
    def __init__(self, n):
        self.n = n


def show(b):
    try:
        print("late", b.late)
    except AttributeError as e:
        print("AttributeError", e)


first = Box(1)
show(first)
first.late = [first.n, 2]
show(first)
show(Box(2))
first.late.append(3)
print(first.late, first.n)
