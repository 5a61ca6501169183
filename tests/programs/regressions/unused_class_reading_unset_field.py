# A class never instantiated whose __str__ reads a field nothing sets: not compiled, as CPython never runs it.
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Point({self.x})"


class Unused:
    def __str__(self):
        return "unused " + str(self.size)


print("no objects made")
