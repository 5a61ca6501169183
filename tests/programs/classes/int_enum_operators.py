# IntEnum members operate as ints, with ints and among themselves.
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(Level.LOW + 1, 3 * Level.HIGH, Level.LOW + Level.HIGH, Level.LOW == 1, 2 == Level.HIGH, Level.LOW < 2, 0 < Level.LOW)
print(Level.HIGH // 2, 7 % Level.HIGH, Level.LOW != Level.HIGH, {Level.LOW: "a"}[Level.LOW], Level.HIGH - Level.LOW)
print(sorted([Level.HIGH, Level.LOW]), Level.HIGH > Level.LOW, Level.LOW in [Level.LOW], Level(2) == Level.HIGH)
