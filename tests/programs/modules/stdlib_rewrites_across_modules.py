# the standard library's rewrites (lru_cache, total_ordering, operator) in an imported module,
# whose names are renamed after them; struct and array together
import struct
from array import array

import stdlib_rewrites_helpers as helper
from stdlib_rewrites_helpers import V, ways

print(ways(50), helper.by_second([("a", 2), ("b", 1)]), helper.total([1, 2, 3]), V(1) >= V(2), V(3) > V(2))
print(struct.unpack("<2H", array("H", [1, 2]).tobytes()))
