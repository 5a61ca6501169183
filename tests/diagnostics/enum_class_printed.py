# expect: 9:7: error: using class 'C' as a value is not supported yet
from enum import Enum


class C(Enum):
    A = 1


print(C)
