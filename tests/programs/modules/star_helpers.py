# A module of star_imports.py (imported with `from star_helpers import *`); run alone it prints nothing.
from math import sqrt

__all__ = ["norm", "UNIT", "Vec"]

UNIT = 1.0
_hidden = 7


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm(v):
    return sqrt(v.x * v.x + v.y * v.y) * UNIT


def not_exported():
    return _hidden
