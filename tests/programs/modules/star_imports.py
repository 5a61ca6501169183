# Star imports of a module pyzc implements (math) and of the program's own module, and
# typing's names in annotations (accepted; List/Dict/Tuple checked, Optional/Any not).
from __future__ import annotations
from typing import List, Dict, Optional, Tuple, Any
import typing
from math import *


def total(xs: List[int], scale: Optional[float] = None) -> int:
    return sum(xs)


def table(n: int) -> Dict[str, Tuple[int, float]]:
    out: Dict[str, Tuple[int, float]] = {}
    for i in range(n):
        out[str(i)] = (i, sqrt(i))
    return out


def anything(x: Any) -> typing.List[Any]:
    return [x, x]


e = 3  # the program's own e wins over math's
print(total([1, 2, 3]), table(3), anything(2.5))
print(pi, e, floor(2.7), cos(0.0), inf > 1e308)
from star_helpers import *

v = Vec(3.0, 4.0)
print(norm(v), UNIT)
