# expect: 3:8: error: a Counter[str] inside a list[Counter[str]] is not supported yet
import collections
rows = [collections.Counter("abc"), collections.Counter("bcd")]
print(rows)
