# A module's closures (the front end runs again for them), partials, key classes, dataclasses and
# enums, used from the program that imports it.
import rewritten_classes_helpers as h
from dataclasses import dataclass

from rewritten_classes_helpers import Mode, Pair

add2 = h.make_adder(2)
print(add2(3), h.inc(5), h.ordered([1, 3, 2]), Pair(1), Mode.ON, list(Mode), Mode(0), Mode["ON"].value)
try:
    Pair(2).a = 3
except AttributeError as e:
    print(type(e).__name__, e)


class Square(h.Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Blob(h.Shape):
    pass


print(Square(3).twice())
try:
    Blob()
except TypeError as e:
    print(e)


@dataclass(frozen=True)
class Triple(Pair):
    c: int = 9


t = Triple(1, 2)
print(t, t == Triple(1, 2, 9), hash(t) == hash(Triple(1, 2)))
