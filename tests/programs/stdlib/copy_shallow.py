# copy.copy: a new container or object whose items and fields are the original's own values
import copy
from collections import Counter, defaultdict, deque
from copy import copy as shallow


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.history = [(x, y)]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.history})"


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


def moved(p):
    q = copy.copy(p)  # the static type is Point; the object may be a Point3
    q.x += 100
    return q


grid = [[0, 0], [1, 1]]
g2 = copy.copy(grid)
g2.append([2, 2])
g2[0][0] = 42  # the rows are shared
print(grid, g2, g2 is grid, g2[0] is grid[0])

words = {"a": [1], "b": [2]}
w2 = shallow(words)
w2["c"] = [3]
w2["a"].append(10)
print(words, w2, w2 is words, w2["a"] is words["a"])

counts = Counter("mississippi")
c2 = copy.copy(counts)
c2["m"] += 10
print(counts, c2)

groups = defaultdict(list)
groups["x"].append(1)
g3 = copy.copy(groups)
g3["y"].append(2)  # still a defaultdict of lists
g3["x"].append(3)
print(groups, g3)

s = set(range(100))
for i in range(100):
    if i not in (1, 8, 17):
        s.discard(i)
s2 = copy.copy(s)
s2.add(4)
print(s, s2, s2 is s)

window = deque([[1], [2], [3]], maxlen=3)
w3 = copy.copy(window)
w3.append([4])  # keeps maxlen: drops [1]
w3[0].append(20)
print(window, w3)

pair = ([1, 2], "label")
p2 = copy.copy(pair)
p2[0].append(3)
print(pair, p2)

print(copy.copy(7), copy.copy(2.5), copy.copy("text"), copy.copy(True), copy.copy(None), copy.copy((1, "a")))

p = Point(1, 2)
q = copy.copy(p)
q.x = 5
q.history.append((5, 2))  # the list is shared
print(p, q, p is q, q.history is p.history)

shapes = [Point(0, 0), Point3(1, 2, 3)]
for sh in shapes:
    m = moved(sh)
    print(m, sh, isinstance(m, Point3))

nobody = None
print(copy.copy(nobody))
