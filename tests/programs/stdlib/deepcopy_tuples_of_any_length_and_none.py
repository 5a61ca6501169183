# copy.deepcopy through fields that may be None, tuples of any length of objects, and values that may be None
import copy


class Node:
    def __init__(self, v):
        self.v = v
        self.args = None
        self.pair = None

    def __repr__(self):
        return f"Node({self.v}, {self.args}, {self.pair})"


a = Node(1)
a.args = tuple([Node(2), Node(3)])
a.pair = (4, [5])
b = Node(6)
c = copy.deepcopy(a)
c.args[0].v = 99
c.pair[1].append(7)
print(a, c, copy.deepcopy(b))
t = copy.deepcopy(tuple([[1], [2]]))
print(t, copy.copy(t))
maybe = [1, 2] if a.v > 0 else None
print(copy.deepcopy(maybe), copy.deepcopy(None if a.v > 0 else (1, [2])))
