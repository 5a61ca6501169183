# Methods in a NamedTuple class: called on its values, with defaults and keywords, calling each other.
from typing import NamedTuple
import math


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return math.hypot(self.x, self.y)

    def scaled(self, k=2.0):
        return Point(self.x * k, self.y * k)

    def dist(self, other) -> float:
        return Point(self.x - other.x, self.y - other.y).norm()

    def describe(self, label="p", precision=2):
        return f"{label}=({self.x:.{precision}f}, {self.y:.{precision}f}) |{self.norm():.3f}|"


p = Point(3.0, 4.0)
q = Point(1.0)
print(p.norm(), q.norm(), p.scaled(), p.scaled(0.5), p.dist(q))
print(p.describe(), q.describe("q", precision=1), p.scaled(k=3.0).describe(label="r"))
pts = sorted([Point(5.0, 1.0), p, q], key=lambda pt: pt.norm())
print(pts, [round(pt.norm(), 2) for pt in pts])
x, y = p
print(x + y, p[0], len(p), p._replace(y=0.0).norm())


class Span(NamedTuple):
    start: int
    end: int

    def length(self):
        return self.end - self.start

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def check(self):
        if self.end < self.start:
            raise ValueError(f"bad span {self}")
        return self


spans = [Span(0, 5), Span(3, 9), Span(10, 12)]
print([s.length() for s in spans], spans[0].overlaps(spans[1]), spans[1].overlaps(spans[2]))
print(Span(1, 2).check())
Span(5, 1).check()
