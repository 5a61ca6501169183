# copy.deepcopy: every mutable value below is copied once; sharing and cycles are kept
import copy
from collections import Counter, defaultdict, deque


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
        self.weights = {}

    def add(self, child):
        child.parent = self
        self.children.append(child)
        self.weights[child.name] = len(self.children) * 1.5
        return child


class Leaf(Node):
    def __init__(self, name, value):
        Node.__init__(self, name)
        self.value = value


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, other):
        return self.n == other.n


def names(node):
    out = [node.name]
    for c in node.children:
        out += names(c)
    return out


# lists of lists: a matrix and a row shared twice
m = [[1.0, 2.0], [3.0, 4.0]]
m2 = copy.deepcopy(m)
m2[0][0] = -1.0
print(m, m2, m2[0] is m[0])
row = [0, 0, 0]
board = [row, row, [1, 1, 1]]
b2 = copy.deepcopy(board)
b2[0][1] = 7  # b2[1] is the same row, as in the original
print(board, b2, b2[0] is b2[1], b2[0] is row)

# a tree whose nodes point back to their parent: a cycle
root = Node("root")
a = root.add(Node("a"))
leaf = a.add(Leaf("leaf", 3))
root.add(leaf)  # reachable twice
t2 = copy.deepcopy(root)
print(names(t2), t2.weights)
print(t2.children[0].parent is t2, t2.children[1] is t2.children[0].children[0], t2.children[1] is leaf)
t2.children[0].name = "renamed"
print(a.name, t2.children[0].name, isinstance(t2.children[1], Leaf))

# a list that holds itself through an object
holder = Node("holder")
items = [holder]
holder.children = items
h2 = copy.deepcopy(items)
print(h2[0].children is h2, h2[0] is holder, len(h2))

# copying an inner object alone copies what it reaches, parent included
a2 = copy.deepcopy(a)
print(a2.parent.name, a2.parent.children[0] is a2, a2.parent is root)

# dicts, Counters, defaultdicts, sets and deques
d = {"xs": [1, 2], "ys": [3]}
d["zs"] = d["xs"]
d2 = copy.deepcopy(d)
d2["xs"].append(99)
print(d, d2, d2["zs"] is d2["xs"])
cnt = Counter("hello world")
cnt2 = copy.deepcopy(cnt)
cnt2["l"] = 0
print(cnt, cnt2)
dd = defaultdict(list)
dd["a"].append([1])
dd2 = copy.deepcopy(dd)
dd2["a"][0].append(2)
dd2["b"].append([3])
print(dd, dd2)
s = set(range(100))
for i in range(100):
    if i not in (1, 8, 17):
        s.discard(i)
print(s, copy.deepcopy(s))
keyed = {Key(1): "one", Key(8): "eight"}
k2 = copy.deepcopy(keyed)
print([(k.n, v) for k, v in k2.items()], Key(8) in k2, list(k2)[0] is list(keyed)[0])
dq = deque([[1], [2]], maxlen=2)
dq2 = copy.deepcopy(dq)
dq2[0].append(5)
dq2.append([9])
print(dq, dq2)

# tuples holding mutable values, and values that are their own copy
tp = ([1], "s", 2.5)
tp2 = copy.deepcopy(tp)
tp2[0].append(2)
print(tp, tp2)
pairs = [(i, [i * i]) for i in range(3)]
p2 = copy.deepcopy(pairs)
p2[1][1].append(-1)
print(pairs, p2)
print(copy.deepcopy(3), copy.deepcopy("str"), copy.deepcopy((1, ("a", 2.0))), copy.deepcopy(None))
empty = []
e2 = copy.deepcopy(empty)
e2.append(1)
print(empty, e2)
