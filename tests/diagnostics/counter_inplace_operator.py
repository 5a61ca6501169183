# expect: 4:1: error: in-place operators on a Counter (+=) are not supported yet
from collections import Counter
c = Counter("abc")
c += Counter("a")
print(c)
