# min(*xs) and max(a, *xs, key=f): over the arguments when there are two or more; with one,
# CPython iterates it (TypeError for an int); with none, CPython's TypeError.


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


xs = [3, 1, 2]
print(max(*xs), min(*xs), max(*xs, key=lambda v: -v))
pair = (4, 9)
print(max(*pair), min(1, *xs), max(*xs, 7), min(*xs, *pair))
fs = [1.5, -2.0]
print(min(*fs), max(0.0, *fs))
boxes = [Box(3), Box(8), Box(5)]
print(max(*boxes).v, min(*boxes, key=lambda b: -b.v).v)


def spread(*vals):
    return max(*vals) - min(*vals)


print(spread(4, 10, 7))
for args in ([5], []):
    try:
        print(max(*args))
    except TypeError as e:
        print("TypeError:", e)
print(min(*[Box(1)]))
