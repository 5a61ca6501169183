# expect: 4:5: error: typing.List is supported only in annotations
from typing import List

x = List[int]
print(x)
