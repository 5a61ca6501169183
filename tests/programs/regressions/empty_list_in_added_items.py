# Empty lists inside the items added to a deque, extended into a list and assigned to a slice take the
# container's item type (they were typed list[int]: a C compiler failure).
from collections import deque
d = deque()
d.append((1, ["a"]))
d.append((2, []))
d.extend([(3, []), (4, ["b"])])
print(d)
xs = [(0, [1.5])]
xs[1:] = [(1, []), (2, [])]
print(xs)
