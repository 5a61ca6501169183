# A module of the two-module program (shapes_report.py); run alone it is a program too.
import math
from math import sqrt as root

SCALE = 2
count = 0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist(self, other):
        return root((self.x - other.x) ** 2 + (self.y - other.y) ** 2)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Marker:
    def __init__(self, label):
        self.label = label


class BadShape(ValueError):
    pass


def area(r):
    global count
    count += 1
    return math.pi * r * r * SCALE


def check(n):
    if n < 0:
        raise BadShape(f"negative size {n}")
    return [x * SCALE for x in range(n)]


def total(values):
    return sum(values)


print("geometry loaded as", __name__)
if __name__ == "__main__":
    print("run as a program:", check(3), area(1.0))
