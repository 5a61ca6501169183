# enum.Enum and IntEnum: members, name and value, iteration, repr/str as CPython 3.11, lookups.
import enum
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def is_warm(self):
        return self is Color.RED

    def describe(self):
        return f"{self.name.lower()}={self.value}"


class Planet(enum.Enum):
    MERCURY = "hot"
    NEPTUNE = "cold"


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = 10
    TOP = auto()


def paint(c: Color) -> str:
    if c == Color.GREEN:
        return "grass"
    return "other"


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], [c.describe() for c in Color if not c.is_warm()])
print(Color(2), Color["BLUE"], Color["CRIMSON"], Color(1) is Color.RED, paint(Color.GREEN), paint(Color(3)))
print(f"{Color.BLUE} {Planet.NEPTUNE!r} {Planet('hot')}", str(Planet.MERCURY), Planet.MERCURY.value.upper())
print(Color.GREEN in Color, Color.RED not in Color, isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == Color.CRIMSON)
print(Level.LOW, repr(Level.TOP), [int(l.value) for l in Level], Level.LOW < Level.HIGH, max(Level), sorted(Level, reverse=True))
print(f"{Level.MID}", str(Level.HIGH), Level(11), Level["MID"].value + 1)
counts = {Color.RED: 0, Color.GREEN: 0}
for c in [Color.RED, Color.CRIMSON, Color.GREEN]:
    counts[c] += 1
print(counts)
for key in ["GREEN", "PURPLE"]:
    try:
        print(Color[key])
    except KeyError as e:
        print("KeyError", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print(Planet("warm"))  # CPython's ValueError: 'warm' is not a valid Planet
