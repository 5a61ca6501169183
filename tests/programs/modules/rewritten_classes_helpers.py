"""Helpers for rewritten_classes_across_modules.py: closures, partial, cmp_to_key, a dataclass, an enum, an ABC."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum
from functools import cmp_to_key, partial


def make_adder(n):
    def add(x):
        return x + n
    return add


def add(a, b):
    return a + b


inc = partial(add, 1)


def desc(a, b):
    return b - a


def ordered(xs):
    return sorted(xs, key=cmp_to_key(desc))


@dataclass(frozen=True)
class Pair:
    a: int
    b: int = 0


class Mode(Enum):
    ON = 1
    OFF = 0


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    def twice(self):
        return 2 * self.area()
