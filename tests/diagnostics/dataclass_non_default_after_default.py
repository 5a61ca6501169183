# expect: 6:1: error: non-default argument 'y' follows default argument
from dataclasses import dataclass


@dataclass
class P:
    x: int = 0
    y: int


print(P(1))
