# expect: 5:12: error: dataclass(slots=...) is not supported yet
from dataclasses import dataclass


@dataclass(slots=True)
class P:
    x: int


print(P(1))
