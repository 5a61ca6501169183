# expect: 4:1: error: unsupported operand type(s) for *=: 'Counter' and 'int'
from collections import Counter
c = Counter("abc")
c *= 2
print(c)
