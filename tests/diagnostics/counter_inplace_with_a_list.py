# expect: 4:6: error: Counter += needs a Counter here, not a list[str]
from collections import Counter
c = Counter("ab")
c += ["a", "b"]
print(c)
