# A class defined in main() that holds only methods and reads none of main's names.
import sys


def main(argv):
    class Point:
        """A point."""

        def __init__(self, x, y):
            self.x = x
            self.y = y

        def __repr__(self):
            return f"Point({self.x}, {self.y})"

        def dist2(self, other):
            return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    pts = [Point(i, i * i) for i in range(4)]
    print(pts, type(pts[0]).__name__)
    print(max(pts, key=lambda p: p.dist2(Point(0, 0))))
    return 0


sys.exit(main(sys.argv))
