# expect: 5:5: error: dunder methods in a NamedTuple class are not supported yet
from typing import NamedTuple
class P(NamedTuple):
    x: int
    def __str__(self):
        return str(abs(self.x))
print(P(1))
