# A class with __repr__ (or __str__) that is never instantiated: its printers must not be compiled with self untyped.
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Point({self.x})"


class Unused:
    def __str__(self):
        return "unused " + str(self.size)


print("no objects made")
