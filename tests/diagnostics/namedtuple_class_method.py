# expect: 5:5: error: methods in a NamedTuple class are not supported yet
from typing import NamedTuple
class P(NamedTuple):
    x: int
    def norm(self):
        return abs(self.x)
print(P(1))
