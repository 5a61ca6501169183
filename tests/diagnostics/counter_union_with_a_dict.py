# expect: 4:7: error: | between a Counter and a dict is not supported yet (make both of one kind: dict(...) or Counter(...))
from collections import Counter
c = Counter("ab")
print(c | {"a": 1})
